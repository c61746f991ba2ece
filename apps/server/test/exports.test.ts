/**
 * The spreadsheet downloads over real HTTP, on both databases: a seller's orders (and its helper's view of them), a
 * commune's villages by month for its official and the province's, the whole province for the province's official.
 * Each file is read back with a CSV parser: the byte order mark Excel needs, the Vietnamese headers, dates as
 * dd/MM/yyyy in Vietnam's time, amounts as plain integers.
 */
import { DIALECTS } from '@nongsan/db/testing';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  NEIGHBOUR_COMMUNE_CODE,
  NEIGHBOUR_VILLAGE_ID,
  type Person,
  TEST_COMMUNE_CODE,
  TEST_VILLAGE_ID,
  useTestServer,
} from './harness.ts';
import { openShopWithListing, placeRequest } from './order-fixtures.ts';

const BOM = [0xef, 0xbb, 0xbf];

/** A download: its status, headers, raw bytes and the rows parsed back (the header row first). */
async function download(person: Person, path: string) {
  const response = await person.fetch(path);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const rows: string[][] = response.ok ? parse(text, { bom: true, relax_column_count: false }) : [];
  return { response, bytes, text, rows };
}

for (const dialect of DIALECTS) {
  describe(`spreadsheet downloads (${dialect})`, () => {
    const server = useTestServer(dialect);

    it("a seller's orders: one row each with the month, the day placed, the amounts and what was received when", async () => {
      const s = server.current;
      const owner = await s.registerHousehold({ name: 'Hoàng Văn Thắng' });
      const listing = await openShopWithListing(owner.client, 100_000);
      await owner.client.households.addPaymentAccount.mutate({
        account: { kind: 'bank', bin: '970405', accountNumber: '1234567890', holderName: 'HOANG VAN THANG' },
      });
      const householdId = owner.user?.householdId ?? '';
      const official = await s.createOfficial();
      const helper = await s.createHelper({ official, name: 'Lường Văn Nam' });
      await official.client.households.assignHelper.mutate({ householdId, helperId: helper.user?.id ?? '' });
      const buyer = await s.registerBuyer();

      // 15/06/2025: 2 kg, delivered, cash received at the door.
      const [sold] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000))).orders;
      await owner.client.orders.confirm.mutate({ orderId: sold?.id ?? '' });
      await owner.client.orders.handOver.mutate({ orderId: sold?.id ?? '', trackingCode: 'VTP123456789' });
      await buyer.client.orders.markDelivered.mutate({ orderId: sold?.id ?? '' });
      // 23:30 UTC on 30 June is 06:30 on 1 July in Vietnam: July's, by bank transfer, not paid yet.
      s.clock.set('2025-06-30T23:30:00Z');
      const [july] = (
        await buyer.client.orders.place.mutate({
          ...placeRequest(listing.id, 3_500),
          paymentMethod: 'bank_transfer',
        })
      ).orders;
      const [cancelled] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 1_000))).orders;
      await buyer.client.orders.cancel.mutate({ orderId: cancelled?.id ?? '' });
      const views = await Promise.all(
        [sold, july, cancelled].map(
          async (o) => (await owner.client.orders.get.query({ orderId: o?.id ?? '' })).order,
        ),
      );
      const [soldView, julyView, cancelledView] = views;
      if (!soldView || !julyView || !cancelledView) throw new Error('orders not found');

      const file = await download(owner, '/exports/orders.csv');
      expect(file.response.status).toBe(200);
      expect(file.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(file.response.headers.get('content-disposition')).toBe(
        'attachment; filename="nongsan-don-hang-den-2025-07-01.csv"',
      );
      expect([...file.bytes.slice(0, 3)], 'UTF-8 byte order mark, for Excel').toEqual(BOM);
      expect(file.rows).toEqual([
        [
          'Tháng',
          'Ngày đặt',
          'Mã đơn',
          'Trạng thái',
          'Hình thức thanh toán',
          'Tiền hàng (đồng)',
          'Phí giao hàng (đồng)',
          'Tổng cộng (đồng)',
          'Đã nhận (đồng)',
          'Ngày nhận tiền',
        ],
        [
          '06/2025',
          '15/06/2025',
          soldView.reference,
          'Hoàn tất',
          'Thu tiền khi giao (COD)',
          '56000',
          String(soldView.totals.deliveryFee),
          String(soldView.totals.total),
          String(soldView.totals.total),
          '15/06/2025',
        ],
        ...[julyView, cancelledView].map((view) => [
          '07/2025',
          '01/07/2025',
          view.reference,
          view === julyView ? 'Chờ xác nhận' : 'Đã hủy',
          view === julyView ? 'Chuyển khoản ngân hàng' : 'Thu tiền khi giao (COD)',
          String(view.totals.subtotal),
          String(view.totals.deliveryFee),
          String(view.totals.total),
          '0',
          '',
        ]),
      ]);

      // The household's helper names it and gets the same file; one month alone.
      const byHelper = await download(helper, `/exports/orders.csv?householdId=${householdId}`);
      expect(byHelper.text).toBe(file.text);
      const june = await download(owner, '/exports/orders.csv?month=2025-06');
      expect(june.response.headers.get('content-disposition')).toContain('nongsan-don-hang-2025-06.csv');
      expect(june.rows.slice(1).map((row) => row[2])).toEqual([soldView.reference]);
    });

    it("a commune's villages by month: households and shops at each month's end against the target, and what they sold", async () => {
      const s = server.current;
      s.clock.set('2025-06-15T08:00:00+07:00');
      const owner = await s.registerHousehold({ name: 'Nông Văn Dũng' });
      const listing = await openShopWithListing(owner.client, 100_000);
      await s.registerHousehold({ villageId: TEST_VILLAGE_ID });
      await s.registerHousehold({ villageId: NEIGHBOUR_VILLAGE_ID });
      const buyer = await s.registerBuyer();
      const [order] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 4_000))).orders;
      await owner.client.orders.confirm.mutate({ orderId: order?.id ?? '' });
      s.clock.set('2025-07-10T08:00:00+07:00');

      const official = await s.createOfficial();
      const file = await download(official, '/exports/commune.csv');
      expect(file.response.status).toBe(200);
      expect(file.response.headers.get('content-disposition')).toBe(
        `attachment; filename="nongsan-xa-${TEST_COMMUNE_CODE}-2025-07-10.csv"`,
      );
      expect([...file.bytes.slice(0, 3)]).toEqual(BOM);
      const [header, ...rows] = file.rows;
      expect(header).toEqual([
        'Xã',
        'Thôn',
        'Tháng',
        'Số hộ',
        'Số hộ có gian hàng',
        'Tỷ lệ có gian hàng (%)',
        'Mục tiêu (%)',
        'Đơn hàng đã bán',
        'Khối lượng (gam)',
        'Số cái',
        'Tiền hàng (đồng)',
      ]);
      const anNinh = rows.filter((row) => row[1] === 'An Ninh 1');
      // What the first test left in the village is there too: read the village's June from the screen's figures.
      const screen = (await official.client.commune.stats.query()).find(
        (v) => v.villageId === TEST_VILLAGE_ID,
      );
      expect(anNinh.map((row) => row[2])).toEqual(['06/2025', '07/2025']);
      const [juneRow, julyRow] = anNinh;
      expect(juneRow?.slice(0, 3)).toEqual(['Bắc Sơn', 'An Ninh 1', '06/2025']);
      expect(Number(julyRow?.[3])).toBe(screen?.households);
      expect(Number(julyRow?.[4])).toBe(screen?.shops);
      expect(julyRow?.[6]).toBe('64');
      // Every sale of the village is in June or July, and the file's months add up to the screen's figures.
      const sum = (column: number) => anNinh.reduce((total, row) => total + Number(row[column]), 0);
      expect(sum(7)).toBe(screen?.orders);
      expect(sum(10)).toBe(screen?.vnd);
      expect(sum(8)).toBe((screen?.kg ?? 0) * 1000);
      // The neighbouring commune's village is not in this commune's file.
      expect(rows.some((row) => row[1] === 'Nà Lay')).toBe(false);

      // The province's official names the commune and gets the same rows; the province's file has both communes.
      const province = await s.createOfficial('Nông Văn Tuấn', { provinceCode: '20' });
      const named = await download(province, `/exports/commune.csv?communeCode=${TEST_COMMUNE_CODE}`);
      expect(named.rows).toEqual(file.rows);
      const whole = await download(province, '/exports/province.csv');
      expect(whole.response.headers.get('content-disposition')).toContain('nongsan-tinh-20-2025-07-10.csv');
      expect(whole.rows.slice(1).filter((row) => row[1] === 'An Ninh 1')).toEqual(anNinh);
      const communes = new Set(whole.rows.slice(1).map((row) => row[0]));
      expect(communes.has('Bắc Sơn')).toBe(true);
      expect(communes.size).toBeGreaterThan(1);
      const neighbour = await download(
        province,
        `/exports/commune.csv?communeCode=${NEIGHBOUR_COMMUNE_CODE}`,
      );
      expect(neighbour.rows.slice(1).every((row) => row[0] !== 'Bắc Sơn')).toBe(true);
    });
  });
}
