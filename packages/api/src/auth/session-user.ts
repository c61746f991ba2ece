/** Who may do what, by the role of the login. */
export type UserRole = 'seller' | 'helper' | 'buyer' | 'official';

/** The signed-in person, as every procedure sees them. `householdId` is set for sellers only. */
export interface SessionUser {
  readonly id: string;
  readonly role: UserRole;
  readonly householdId: string | null;
  readonly phone: string;
  readonly displayName: string;
}
