/**
 * Who may do what, by the role of the login. A province official is stored as an official appointed to a province
 * (`users.province_code`) rather than to a commune; everywhere above the repositories it is a role of its own.
 */
export type UserRole = 'seller' | 'helper' | 'buyer' | 'official' | 'province_official';

/** The signed-in person, as every procedure sees them. `householdId` is set for sellers only. */
export interface SessionUser {
  readonly id: string;
  readonly role: UserRole;
  readonly householdId: string | null;
  readonly phone: string;
  readonly displayName: string;
  /** A commune official's commune; null for everyone else (a helper's commune is their village's). */
  readonly communeCode: string | null;
  /** A province official's province; null for everyone else. */
  readonly provinceCode: string | null;
}

/** The role a stored login has above the repositories: an official appointed to a province is a province official. */
export function roleOfRow(row: { role: string; province_code: string | null }): UserRole {
  if (row.role === 'official' && row.province_code !== null) return 'province_official';
  return row.role as UserRole;
}
