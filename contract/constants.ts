export const MAX_USER_IDS = 1000;
export const ROLE = { member: 0, owner: 1, admin: 2 } as const;
export const STATUS = { active: 0, left: 1 } as const;
