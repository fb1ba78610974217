// Field builders carrying the Chinese label into every message, so a rejected call
// names its field the way the form does ("出生日期：…").
import { z } from 'zod';
import { isIsoDate } from '../rules/dates';
import { cleanText } from '../rules/text';
import { choose, chooseFromList, fillIn } from '../vocab/messages';

/** A required text field: cleaned, non-empty, bounded. */
export const requiredText = (label: string, max = 100) =>
  z
    .string({ error: fillIn(label) })
    .transform(cleanText)
    .pipe(z.string().min(1, fillIn(label)).max(max, `${label}不能超过${max}个字`));

/** An optional text field: '' and missing become null. */
export const optionalText = (label: string, max = 200) =>
  z
    .string({ error: `${label}应为文字` })
    .nullish()
    .transform((v) => (v == null ? null : cleanText(v)))
    .pipe(z.string().max(max, `${label}不能超过${max}个字`).nullable())
    .transform((v) => (v === '' ? null : v));

/** Multi-line text: keeps line breaks, trims the ends. */
export const optionalLongText = (label: string, max = 2000) =>
  z
    .string({ error: `${label}应为文字` })
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v.trim()))
    .pipe(z.string().max(max, `${label}不能超过${max}个字`).nullable());

const dateMessage = (label: string) => `${label}应为有效日期（年-月-日）`;

export const requiredDate = (label: string) =>
  z
    .string({ error: fillIn(label) })
    .trim()
    .min(1, fillIn(label))
    .refine(isIsoDate, dateMessage(label));

export const optionalDate = (label: string) =>
  z
    .string({ error: dateMessage(label) })
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v.trim()))
    .refine((v) => v === null || isIsoDate(v), dateMessage(label));

export const requiredChoice = <T extends readonly [string, ...string[]]>(label: string, values: T) => z.enum(values, { error: chooseFromList(label) });

export const optionalChoice = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.preprocess(
    (v) => (v === '' ? null : v),
    z
      .enum(values, { error: chooseFromList(label) })
      .nullish()
      .transform((v) => v ?? null),
  );

export const recordId = (label: string) =>
  z
    .number({ error: choose(label) })
    .int(choose(label))
    .positive(choose(label));

/** The input of a call about one record: its id. */
export const byId = (label: string) => z.object({ id: recordId(label) });

export const optionalRecordId = (label: string) =>
  z
    .number({ error: choose(label) })
    .int(choose(label))
    .positive(choose(label))
    .nullish()
    .transform((v) => v ?? null);

/** 联系电话: digits with the separators people write; several numbers may be given. */
export const phone = (label: string) =>
  optionalText(label, 50).refine((v) => v === null || /^[0-9+\-() 、,/转]{5,50}$/.test(v), `${label}只能包含数字和 - + ( ) 等分隔符`);
