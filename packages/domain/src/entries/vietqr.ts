/**
 * `@nongsan/domain/vietqr`: build and read VietQR (NAPAS) transfer codes; the banks and their BINs.
 *
 * @module @nongsan/domain/vietqr
 */
export * from '../banks.ts';
export * from '../crc16.ts';
export * from '../vietqr.ts';
