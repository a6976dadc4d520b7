/** Usernames are case-insensitive (the column is COLLATE NOCASE), so limits and device tokens use this form. */
export const usernameKey = (username: string) => username.trim().toLowerCase();
