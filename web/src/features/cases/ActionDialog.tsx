import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type FormEvent } from 'react';
import { api, requestBody, type Schemas } from '../../api/client';
import { businessDateOf, formatNumber } from '../../shared/format';
import { Field } from '../../shared/Field';
import {
  ACTION_LABELS,
  CASE_OUTCOME_LABELS,
  COMPLEXITY_LABELS,
  DAY_UNIT_LABELS,
  outcomesOf,
  type CaseAction,
  type CaseOutcome,
  type Complexity,
} from './case-labels';
import { actionErrorSentence } from './case-errors';
import { sendCaseChange } from './case-change';
import { useStaff } from './queries';

/** What a dialog needs of the case (a worklist row has it too). */
export interface ActionTarget {
  id: string;
  code: string;
  kind: Schemas['CaseKind'];
  procedure: string | null;
  version: number;
  extension?: Schemas['ExtensionAllowanceResponse'] | null;
}

/** Letters without their Vietnamese marks, for finding a person by a name typed without diacritics. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const REASON_REQUIRED: CaseAction[] = ['reject', 'extend', 'suspend', 'terminate'];
const WITH_REASON: CaseAction[] = [...REASON_REQUIRED, 'transfer', 'withdraw'];

/**
 * One action's dialog: asks what the API needs, sends the case's `version`; a 409 goes to `onStale` (the page
 * shows the fresh state), anything else (a 422's legal reason) stays in the dialog.
 */
export function ActionDialog({
  target,
  action,
  onClose,
  onStale,
  fixedOutcomes,
  title,
}: {
  target: ActionTarget;
  action: CaseAction;
  onClose: () => void;
  onStale: () => void;
  fixedOutcomes?: CaseOutcome[];
  /** The dialog's and its button's name when not the action's own ("Trả kết quả" on the clerks' desk). */
  title?: string;
}) {
  const label = title ?? ACTION_LABELS[action];
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const staff = useStaff();
  const [reason, setReason] = useState('');
  const [assigneeId, setAssigneeId] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<CaseOutcome | undefined>();
  const [summary, setSummary] = useState('');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [complexity, setComplexity] = useState<Complexity>('normal');
  const [days, setDays] = useState<number | null>(target.extension?.maxDays ?? null);
  const [toAuthority, setToAuthority] = useState('');
  const [occurredOn, setOccurredOn] = useState<Dayjs | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const outcomes = fixedOutcomes ?? outcomesOf(target.kind, target.procedure);
  const people = (staff.data ?? []).filter((p) => p.role === 'inspector' || p.role === 'leader');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (REASON_REQUIRED.includes(action) && !reason.trim()) {
      problems.reason = 'Nhập lý do.';
    }
    if (action === 'assign' && !assigneeId) {
      problems.assigneeId = 'Chọn người xử lý.';
    }
    if (action === 'resolve' && !outcome) {
      problems.outcome = 'Chọn kết quả giải quyết.';
    }
    if (action === 'resolve' && !summary.trim()) {
      problems.summary = 'Nhập tóm tắt kết quả.';
    }
    if (action === 'transfer' && !toAuthority.trim()) {
      problems.toAuthority = 'Nhập cơ quan nhận.';
    }
    if (action === 'extend' && (!days || days < 1)) {
      problems.days = 'Nhập số ngày gia hạn.';
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      return;
    }
    const body: Record<string, unknown> = { version: target.version };
    if (WITH_REASON.includes(action) && reason.trim()) {
      body.reason = reason.trim();
    }
    if (action === 'assign') body.assigneeId = assigneeId;
    if (action === 'accept') body.complexity = complexity;
    if (action === 'extend') body.days = days;
    if (action === 'transfer') body.toAuthority = toAuthority.trim();
    if (action === 'resolve') {
      body.outcome = outcome;
      body.summary = summary.trim();
      if (decisionNumber.trim()) body.decisionNumber = decisionNumber.trim();
    }
    if (occurredOn) {
      const day = occurredOn.format('YYYY-MM-DD');
      if (day !== businessDateOf(new Date())) {
        body.occurredAt = `${day}T08:00:00+07:00`;
      }
    }
    setBusy(true);
    setGeneral(null);
    const refusal = await sendCaseChange(
      queryClient,
      () =>
        api.POST('/cases/{id}/actions/{action}', {
          params: { path: { id: target.id, action } } as never,
          body: requestBody<Schemas['CaseActionDto']>(body),
        }),
      {
        done: () => {
          message.success(`${label}: đã cập nhật hồ sơ ${target.code}.`);
          onClose();
        },
        stale: () => {
          onStale();
          onClose();
        },
        sentence: actionErrorSentence,
      },
    );
    setBusy(false);
    setGeneral(refusal);
  };

  const unit = target.extension ? DAY_UNIT_LABELS[target.extension.unit] : 'ngày';
  const formId = `action-${action}`;
  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          Hủy
        </Button>,
        <Button key="ok" type="primary" htmlType="submit" form={formId} loading={busy}>
          {label}
        </Button>,
      ]}
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false}>
          <p>
            Hồ sơ <strong>{target.code}</strong>
          </p>
          {general && (
            <Alert type="error" showIcon role="alert" title={general} style={{ marginBottom: 12 }} />
          )}
          {action === 'accept' && (
            <Field id="complexity" label="Mức độ phức tạp">
              <Select
                id="complexity"
                value={complexity}
                onChange={setComplexity}
                options={Object.entries(COMPLEXITY_LABELS).map(([value, l]) => ({ value, label: l }))}
              />
            </Field>
          )}
          {action === 'assign' && (
            <Field id="assigneeId" label="Người xử lý" error={errors.assigneeId} required>
              <Select
                id="assigneeId"
                showSearch={{
                  filterOption: (input, option) => fold(String(option?.label ?? '')).includes(fold(input)),
                }}
                placeholder="Gõ họ tên để tìm"
                loading={staff.isPending}
                value={assigneeId}
                onChange={setAssigneeId}
                options={people.map((p) => ({
                  value: p.id,
                  label: p.fullName,
                }))}
              />
            </Field>
          )}
          {action === 'transfer' && (
            <Field id="toAuthority" label="Cơ quan nhận" error={errors.toAuthority} required>
              <Input id="toAuthority" value={toAuthority} onChange={(e) => setToAuthority(e.target.value)} />
            </Field>
          )}
          {action === 'extend' && (
            <Field
              id="days"
              label="Số ngày gia hạn"
              error={errors.days}
              required
              extra={
                target.extension
                  ? `Tối đa ${formatNumber(target.extension.maxDays)} ${unit} theo quy định; còn được gia hạn ${formatNumber(target.extension.remaining)} lần.`
                  : undefined
              }
            >
              <InputNumber
                id="days"
                min={1}
                value={days}
                onChange={(v) => setDays(v)}
                style={{ width: 160 }}
              />
            </Field>
          )}
          {action === 'resolve' && (
            <>
              <Field id="outcome" label="Kết quả giải quyết" error={errors.outcome} required>
                <Select
                  id="outcome"
                  showSearch
                  optionFilterProp="label"
                  value={outcome}
                  onChange={setOutcome}
                  placeholder="Chọn kết quả"
                  options={outcomes.map((o) => ({ value: o, label: CASE_OUTCOME_LABELS[o] }))}
                />
              </Field>
              <Field id="summary" label="Tóm tắt kết quả" error={errors.summary} required>
                <Input.TextArea
                  id="summary"
                  rows={3}
                  value={summary}
                  onChange={(e) => setSummary(e.target.value)}
                />
              </Field>
              <Field id="decisionNumber" label="Số quyết định">
                <Input
                  id="decisionNumber"
                  value={decisionNumber}
                  onChange={(e) => setDecisionNumber(e.target.value)}
                />
              </Field>
            </>
          )}
          {WITH_REASON.includes(action) && (
            <Field
              id="reason"
              label="Lý do"
              error={errors.reason}
              required={REASON_REQUIRED.includes(action)}
            >
              <Input.TextArea
                id="reason"
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Field>
          )}
          <Field id="occurredOn" label="Ngày thực hiện" extra="Để trống nếu thực hiện hôm nay.">
            <DatePicker
              id="occurredOn"
              format="DD/MM/YYYY"
              placeholder="dd/mm/yyyy"
              value={occurredOn}
              onChange={setOccurredOn}
              disabledDate={(d) => d.isAfter(new Date(), 'day')}
            />
          </Field>
        </Form>
      </form>
    </Modal>
  );
}
