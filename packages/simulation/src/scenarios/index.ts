import type { ScenarioInput } from '../scenario.ts';
import { langSonProvince } from './lang-son-province.ts';
import { longDong2021 } from './long-dong-2021.ts';

/** The scenarios that ship with the package, by id (what `--scenario` accepts besides a file path). */
export const BUILT_IN_SCENARIOS: Readonly<Record<string, ScenarioInput>> = {
  'long-dong-2021': longDong2021,
  'lang-son-province': langSonProvince(),
};

export { langSonProvince, longDong2021 };
