import { SelectField, TextField, useLocale } from '@nongsan/ui';
import {
  type AddressDraft,
  communesOf,
  deliveryProvinces,
  OTHER_PLACE,
  villagesOfCommune,
} from './delivery-address.ts';

const COMMUNE_WORDS = { xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn' } as const;

/** Province, commune, village or street, and the phone to call: today's two-level address, from the domain's data. */
export function AddressFields({
  draft,
  onChange,
  errors,
}: {
  draft: AddressDraft;
  onChange: (draft: AddressDraft) => void;
  errors: Partial<Record<keyof AddressDraft, string>>;
}) {
  const { t } = useLocale();
  const villages = villagesOfCommune(draft.communeCode);
  const typed = draft.communeCode !== '' && (villages.length === 0 || draft.villageId === OTHER_PLACE);
  return (
    <>
      <SelectField
        label={t('buyer.address.province')}
        name="province"
        value={draft.provinceCode}
        options={deliveryProvinces().map((p) => ({ value: p.code, label: p.name }))}
        onChange={(event) =>
          onChange({ ...draft, provinceCode: event.target.value, communeCode: '', villageId: '' })
        }
        error={errors.provinceCode}
      />
      <SelectField
        label={t('buyer.address.commune')}
        name="commune"
        placeholder="—"
        value={draft.communeCode}
        options={communesOf(draft.provinceCode).map((c) => ({
          value: c.code,
          label: `${COMMUNE_WORDS[c.kind]} ${c.name}`,
        }))}
        onChange={(event) => onChange({ ...draft, communeCode: event.target.value, villageId: '' })}
        error={errors.communeCode}
      />
      {villages.length > 0 ? (
        <SelectField
          label={t('buyer.address.village')}
          name="village"
          placeholder="—"
          value={draft.villageId}
          options={[
            ...villages.map((v) => ({ value: v.id, label: `Thôn ${v.name}` })),
            { value: OTHER_PLACE, label: t('buyer.address.otherPlace') },
          ]}
          onChange={(event) => onChange({ ...draft, villageId: event.target.value })}
          error={errors.villageId}
        />
      ) : null}
      {typed ? (
        <TextField
          label={t('buyer.address.line')}
          name="line"
          autoComplete="address-line1"
          value={draft.line}
          onChange={(event) => onChange({ ...draft, line: event.target.value })}
          error={errors.line}
        />
      ) : null}
      <TextField
        label={t('buyer.address.phone')}
        name="deliveryPhone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={draft.phone}
        onChange={(event) => onChange({ ...draft, phone: event.target.value })}
        error={errors.phone}
      />
    </>
  );
}
