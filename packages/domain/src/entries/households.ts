/**
 * `@nongsan/domain/households`: who sells (households, members, shops, payment accounts), adoption and tech teams,
 * and the spreadsheet exports of their figures.
 *
 * @module @nongsan/domain/households
 */
export * from '../actors.ts';
export * from '../adoption.ts';
export * from '../exports.ts';
export * from '../households.ts';
export * from '../idle-communes.ts';
export * from '../tech-teams.ts';
