import {
  addMember,
  addPaymentAccount,
  assignHousehold,
  checkAppointment,
  DEFAULT_TEAM_LIMITS,
  DomainError,
  type Household,
  type Oversight,
  oversees,
  type PaymentAccountInput,
  type TechTeam,
  unassignHousehold,
} from '@nongsan/domain';
import { hashPassword } from '../auth/passwords.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { ShopActor } from '../auth/shop-actor.ts';
import { newId } from '../ids.ts';
import type { AuditEntryView } from '../repositories/audit-repository.ts';
import type { HouseholdSummary, StoredPaymentAccount } from '../repositories/household-repository.ts';
import { inTransaction, type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { type Page, type PageRequest, pageOf, positionOf } from './page-cursor.ts';

/** The domain's household, as far as the rules about shops and payment accounts need it. */
export async function loadHousehold(repos: Repositories, householdId: string): Promise<Household> {
  const summary = await repos.households.findById(householdId);
  if (!summary) throw new DomainError('household.not_found', { householdId }, ['householdId']);
  const shop = await repos.shops.findById(householdId);
  const accounts = await repos.households.paymentAccounts(householdId);
  return {
    id: summary.id,
    villageId: summary.villageId,
    head: summary.head,
    members: [],
    isLead: summary.isLead,
    paymentAccounts: accounts,
    shop: shop ? { name: shop.name, openedOn: shop.openedAt.slice(0, 10), status: shop.status } : null,
    adoptionStage: summary.adoptionStage,
  };
}

/** A village's tech team as the domain sees it: its helpers and who looks after which household. */
export async function loadTeam(repos: Repositories, villageId: string): Promise<TechTeam> {
  const helpers = await repos.users.helpersOfVillage(villageId);
  const assignments = await repos.households.assignmentsInVillage(villageId);
  return {
    villageId,
    members: helpers.map((h) => ({
      id: h.id,
      name: h.displayName,
      ...(h.teamRole ? { role: h.teamRole } : {}),
    })),
    assignments: new Map(assignments.map((a) => [a.householdId, a.helperId])),
  };
}

export class HouseholdService {
  constructor(private readonly deps: ServiceDeps) {}

  /** A helper's households with their adoption stage; a seller's own household. */
  async mine(user: SessionUser): Promise<HouseholdSummary[]> {
    const repos = repositoriesFor(this.deps.db);
    if (user.role === 'helper') return repos.households.listForHelper(user.id);
    if (user.role === 'seller' && user.householdId) {
      const own = await repos.households.findById(user.householdId);
      return own ? [own] : [];
    }
    throw new DomainError('auth.forbidden', { role: user.role });
  }

  /**
   * A helper registers a new household of their village and its first login; the household is assigned to that
   * helper (within the team's limits), and the log records that the helper did it.
   */
  async register(
    helper: SessionUser,
    input: { head: string; phone: string; password: string; displayName: string | null; isLead: boolean },
  ): Promise<{ household: HouseholdSummary; userId: string }> {
    const now = this.deps.clock.now();
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.deps.db, async (repos) => {
      const me = await repos.users.findById(helper.id);
      if (!me?.villageId) throw new DomainError('household.not_helper', {}, []);
      const householdId = newId('hh');
      const team = await loadTeam(repos, me.villageId);
      assignHousehold(team, { id: householdId, villageId: me.villageId }, helper.id, DEFAULT_TEAM_LIMITS);
      await repos.households.insert({
        id: householdId,
        villageId: me.villageId,
        head: input.head,
        isLead: input.isLead,
        adoptionStage: 'registered',
        createdAt: now,
      });
      const userId = newId('usr');
      await repos.users.insert({
        id: userId,
        phone: input.phone,
        role: 'seller',
        householdId,
        displayName: input.displayName ?? input.head,
        passwordHash,
        createdAt: now,
      });
      await repos.households.assignHelper({
        id: newId('asg'),
        householdId,
        helperId: helper.id,
        assignedBy: helper.id,
        at: now,
      });
      await recordAudit(repos, {
        actorUserId: helper.id,
        householdId,
        action: 'household.register',
        details: { userId, phone: input.phone },
        at: now,
      });
      const household = await repos.households.findById(householdId);
      if (!household) throw new Error(`The household ${householdId} just inserted is missing`);
      return { household, userId };
    });
  }

  /** The household's helper sets a new password for its login and signs it out everywhere. */
  async resetPassword(
    helper: SessionUser,
    householdId: string,
    input: { userId: string | null; newPassword: string },
  ): Promise<void> {
    const now = this.deps.clock.now();
    const passwordHash = await hashPassword(input.newPassword);
    await inTransaction(this.deps.db, async (repos) => {
      const logins = await repos.users.findByHousehold(householdId);
      const login = input.userId ? logins.find((u) => u.id === input.userId) : logins[0];
      if (!login) throw new DomainError('user.not_found', {}, ['userId']);
      await repos.users.setPasswordHash(login.id, passwordHash);
      await repos.sessions.deleteForUser(login.id);
      await repos.loginAttempts.clear(login.phone);
      await recordAudit(repos, {
        actorUserId: helper.id,
        householdId,
        action: 'household.reset_password',
        details: { userId: login.id },
        at: now,
      });
    });
  }

  async paymentAccounts(householdId: string): Promise<StoredPaymentAccount[]> {
    return repositoriesFor(this.deps.db).households.paymentAccounts(householdId);
  }

  /** Adds a payment account (checked by the domain); the first one becomes the default. */
  async addPaymentAccount(
    actor: ShopActor,
    householdId: string,
    input: { account: PaymentAccountInput; makeDefault: boolean },
  ): Promise<StoredPaymentAccount[]> {
    const now = this.deps.clock.now();
    return inTransaction(this.deps.db, async (repos) => {
      const household = await loadHousehold(repos, householdId);
      const updated = addPaymentAccount(household, input.account);
      const account = updated.paymentAccounts[updated.paymentAccounts.length - 1];
      if (!account) throw new Error('addPaymentAccount returned no account');
      await repos.households.addPaymentAccount({
        id: newId('pay'),
        householdId,
        account,
        isDefault: input.makeDefault || household.paymentAccounts.length === 0,
        createdBy: actor.userId,
        at: now,
      });
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId,
        action: 'household.add_payment_account',
        details: { kind: account.kind, provider: account.kind === 'bank' ? account.bin : account.provider },
        at: now,
      });
      return repos.households.paymentAccounts(householdId);
    });
  }

  async activity(householdId: string, page: PageRequest): Promise<Page<AuditEntryView>> {
    const after = positionOf(page);
    const rows = await repositoriesFor(this.deps.db).audit.forHousehold(householdId, {
      after,
      limit: page.limit + 1,
    });
    return pageOf(
      rows,
      page.limit,
      (entry) => [entry.at, entry.id],
      (entry) => entry,
    );
  }

  /**
   * An official hands a household to a helper of its village (moving it from its previous helper, if any), within
   * the team's limits (`team.member_full`, `team.other_village`).
   */
  async assignHelper(
    official: SessionUser,
    oversight: Oversight,
    householdId: string,
    helperId: string,
  ): Promise<HouseholdSummary> {
    const now = this.deps.clock.now();
    return inTransaction(this.deps.db, async (repos) => {
      const household = await repos.households.findById(householdId);
      if (!household) throw new DomainError('household.not_found', { householdId }, ['householdId']);
      const commune = await repos.villages.communeOf(household.villageId);
      if (!commune || !oversees(oversight, commune))
        throw new DomainError('household.forbidden', { householdId }, ['householdId']);
      const helper = await repos.users.findById(helperId);
      if (!helper) throw new DomainError('user.not_found', {}, ['helperId']);
      if (helper.role !== 'helper' || !helper.villageId)
        throw new DomainError('household.not_helper', {}, ['helperId']);
      const team = await loadTeam(repos, helper.villageId);
      // Moving a household: it leaves its current helper first (the domain refuses a second helper).
      assignHousehold(
        unassignHousehold(team, householdId),
        { id: householdId, villageId: household.villageId },
        helperId,
        DEFAULT_TEAM_LIMITS,
      );
      await repos.households.assignHelper({
        id: newId('asg'),
        householdId,
        helperId,
        assignedBy: official.id,
        at: now,
      });
      await recordAudit(repos, {
        actorUserId: official.id,
        householdId,
        action: 'household.assign_helper',
        details: { helperId, previousHelperId: household.helperId },
        at: now,
      });
      const updated = await repos.households.findById(householdId);
      if (!updated) throw new Error(`The household ${householdId} vanished`);
      return updated;
    });
  }

  /**
   * An official adds a village (thôn) to a commune within their reach (their own; any of the province for the
   * province's official): the villages the domain's place data does not name, as a province's communes have.
   * The same name twice in one commune is `village.name_taken`.
   */
  async addVillage(
    official: SessionUser,
    oversight: Oversight,
    input: { communeCode: string; name: string },
  ): Promise<{ id: string; name: string; communeCode: string }> {
    const now = this.deps.clock.now();
    return inTransaction(this.deps.db, async (repos) => {
      const commune = await repos.communes.find(input.communeCode);
      if (!commune) throw new DomainError('commune.not_found', { code: input.communeCode }, ['communeCode']);
      checkAppointment(oversight, { role: 'helper', commune });
      const existing = await repos.villages.list({ communeCode: commune.code });
      if (existing.some((v) => v.name === input.name))
        throw new DomainError('village.name_taken', { name: input.name }, ['name']);
      const id = newId('vil');
      await repos.villages.ensure([
        {
          id,
          name: input.name,
          legacyCommuneCode: commune.code,
          currentCommuneCode: commune.code,
          invented: false,
        },
      ]);
      await recordAudit(repos, {
        actorUserId: official.id,
        householdId: null,
        action: 'admin.add_village',
        details: { villageId: id, communeCode: commune.code },
        at: now,
      });
      return { id, name: input.name, communeCode: commune.code };
    });
  }

  /**
   * An official appoints a login as a helper of a village (joining its tech team, within the team's size limit), as
   * an official of a commune or as a province official, within their own reach (the domain's `checkAppointment`).
   * Seller logins belong to a household and cannot be appointed.
   */
  async appoint(
    official: SessionUser,
    oversight: Oversight,
    input: {
      userId: string;
      role: 'helper' | 'official' | 'province_official';
      villageId: string | null;
      teamRole: string | null;
      communeCode: string | null;
      provinceCode: string | null;
    },
  ): Promise<void> {
    const now = this.deps.clock.now();
    await inTransaction(this.deps.db, async (repos) => {
      const user = await repos.users.findById(input.userId);
      if (!user) throw new DomainError('user.not_found', {}, ['userId']);
      if (user.role === 'seller') throw new DomainError('auth.forbidden', { role: user.role }, ['userId']);
      let villageId: string | null = null;
      let communeCode: string | null = null;
      let provinceCode: string | null = null;
      if (input.role === 'province_official') {
        provinceCode = input.provinceCode ?? official.provinceCode ?? '';
        checkAppointment(oversight, { role: 'province_official', provinceCode });
      } else if (input.role === 'official') {
        communeCode = input.communeCode ?? official.communeCode;
        if (!communeCode) throw new DomainError('commune.required', {}, ['communeCode']);
        const commune = await repos.communes.find(communeCode);
        if (!commune) throw new DomainError('commune.not_found', { code: communeCode }, ['communeCode']);
        checkAppointment(oversight, { role: 'official', commune });
      }
      if (input.role === 'helper') {
        if (!input.villageId) throw new DomainError('validation.required', {}, ['villageId']);
        const commune = await repos.villages.communeOf(input.villageId);
        if (!commune) {
          throw new DomainError('village.not_found', { villageId: input.villageId }, ['villageId']);
        }
        checkAppointment(oversight, { role: 'helper', commune });
        villageId = input.villageId;
        const team = await loadTeam(repos, villageId);
        if (!team.members.some((m) => m.id === user.id)) {
          addMember(team, { id: user.id, name: user.displayName }, DEFAULT_TEAM_LIMITS);
        }
      }
      await repos.users.appoint(user.id, {
        role: input.role,
        villageId,
        teamRole: input.teamRole,
        communeCode,
        provinceCode,
      });
      await recordAudit(repos, {
        actorUserId: official.id,
        householdId: null,
        action: 'admin.appoint',
        details: { userId: user.id, role: input.role, villageId, communeCode, provinceCode },
        at: now,
      });
    });
  }
}
