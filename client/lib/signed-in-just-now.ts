let signedInJustNow = false;

/** Sign-in calls this as it succeeds: the console's first page then takes focus, as after any move between pages. */
export function markSignedInJustNow() {
  signedInJustNow = true;
}

/** True once after a sign-in. */
export function takeSignedInJustNow(): boolean {
  const value = signedInJustNow;
  signedInJustNow = false;
  return value;
}
