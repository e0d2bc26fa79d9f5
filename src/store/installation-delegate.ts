/** The installation methods of a store, handed on to its backend's installation module: one copy for both backends. */
import type { InstallationKey, InstallationRecord, WorkspaceRemoval } from './installations.ts';
import type { InstallationStorage, Subscription } from './subscription-store.ts';

export abstract class DelegatesInstallations implements InstallationStorage {
  /** The backend's installation module, sharing the store's connection. */
  protected abstract readonly installations: InstallationStorage;

  saveInstallation(record: InstallationRecord): Promise<void> {
    return this.installations.saveInstallation(record);
  }

  getInstallation(key: InstallationKey): Promise<InstallationRecord | null> {
    return this.installations.getInstallation(key);
  }

  anyInstallation(platform: string): Promise<InstallationRecord | null> {
    return this.installations.anyInstallation(platform);
  }

  removeWorkspace(key: InstallationKey): Promise<WorkspaceRemoval> {
    return this.installations.removeWorkspace(key);
  }

  listWorkspace(key: InstallationKey): Promise<Subscription[]> {
    return this.installations.listWorkspace(key);
  }
}
