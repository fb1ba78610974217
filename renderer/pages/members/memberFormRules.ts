// The form's live checks: the same rule functions the contract runs on the Node side.
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { checkIdNumber } from '../../../api/rules/idNumber';
import { memberProblems, type MemberFacts } from '../../../api/rules/member';

const FACT_FIELDS = ['idNumber', 'gender', 'birthDate', 'joinedOn', 'fullMemberOn', 'category'] as const;

function problemsFor(form: FormInstance, field: keyof MemberFacts, level: 'error' | 'warning') {
  const facts = form.getFieldsValue(FACT_FIELDS as unknown as string[]) as MemberFacts;
  return memberProblems(facts).filter((p) => p.field === field && p.level === level);
}

/** An error rule and a warning-only rule for one field, both driven by memberProblems. */
export function sharedRules(form: FormInstance, field: keyof MemberFacts): Rule[] {
  return [
    {
      validator: async () => {
        const [first] = problemsFor(form, field, 'error');
        if (first) throw new Error(first.message);
      },
    },
    {
      warningOnly: true,
      validator: async () => {
        const [first] = problemsFor(form, field, 'warning');
        if (first) throw new Error(first.message);
      },
    },
  ];
}

/** Fields whose rules depend on the others: revalidate when any of them changes. */
export const FACT_DEPENDENCIES = FACT_FIELDS as unknown as string[];

/** When a valid 身份证号 is typed, fill 性别 and 出生日期 if they are still empty. */
export function fillFromIdNumber(form: FormInstance, raw: string) {
  const id = checkIdNumber(raw ?? '');
  if (!id.ok) return;
  const patch: Record<string, string> = {};
  if (!form.getFieldValue('gender')) patch.gender = id.gender;
  if (!form.getFieldValue('birthDate')) patch.birthDate = id.birthDate;
  if (Object.keys(patch).length > 0) form.setFieldsValue(patch);
}
