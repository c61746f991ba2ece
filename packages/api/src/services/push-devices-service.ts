import { newId } from '../ids.ts';
import type { PushDevice } from '../repositories/push-repository.ts';
import { repositoriesFor } from '../repositories/repositories.ts';
import type { ServiceDeps } from './deps.ts';

/** A login's devices that get push alerts: turning them on (this device, again replacing it) and off. */
export class PushDevicesService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Keeps this device's subscription for the login; answers how many devices the login now has. */
  async subscribe(userId: string, device: PushDevice & { label: string }): Promise<{ devices: number }> {
    const repos = repositoriesFor(this.deps.db);
    await repos.push.save(newId('push'), userId, device, this.deps.clock.now());
    return { devices: await repos.push.countFor(userId) };
  }

  /** Forgets this device, if it is the login's own. */
  async unsubscribe(userId: string, endpoint: string): Promise<{ devices: number }> {
    const repos = repositoriesFor(this.deps.db);
    await repos.push.remove(endpoint, userId);
    return { devices: await repos.push.countFor(userId) };
  }
}
