import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Table } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { errorSentence } from '../../api/errors';
import { Field } from '../../shared/Field';
import { formatDateTime } from '../../shared/format';
import { adminKeys, useUsers, type AuditFilters } from './queries';

const ENTITY_TYPES = ['user', 'unit', 'case', 'reception', 'calendar_day', 'notification'] as const;
/** Only what was filled in. */
function applied(draft: AuditFilters): AuditFilters {
  return Object.fromEntries(
    Object.entries(draft).filter(([, v]) => typeof v === 'string' && v.trim()),
  ) as AuditFilters;
}

/** "Nhật ký": the audit log, filtered when "Lọc" is pressed (the API checks the filters; a refusal shows). */
export function AuditSection() {
  const [draft, setDraft] = useState<AuditFilters>({});
  const [filters, setFilters] = useState<AuditFilters>({});
  const [page, setPage] = useState(1);
  const audit = useQuery({
    queryKey: adminKeys.audit(filters, page),
    queryFn: () => unwrap(api.GET('/audit', { params: { query: { ...filters, page, limit: 50 } } })),
  });
  const users = useUsers();
  const name = new Map((users.data?.items ?? []).map((u) => [u.id, `${u.fullName} (${u.username})`]));
  const set = (key: keyof AuditFilters) => (value: string | undefined) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: 'action' | 'entityId' | 'from' | 'to', label: string, placeholder?: string) => (
    <Field id={`audit-${key}`} label={label}>
      <Input
        id={`audit-${key}`}
        placeholder={placeholder}
        value={draft[key] ?? ''}
        onChange={(e) => set(key)(e.target.value)}
      />
    </Field>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setFilters(applied(draft));
  };
  return (
    <>
      <form
        onSubmit={submit}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0 16px', alignItems: 'flex-end', marginBottom: 12 }}
      >
        <Form layout="vertical" component={false}>
          <Field id="audit-actorId" label="Người thực hiện">
            <Select
              id="audit-actorId"
              allowClear
              style={{ width: 220 }}
              value={draft.actorId}
              onChange={set('actorId')}
              options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
            />
          </Field>
          {text('action', 'Thao tác', 'case.accept')}
          <Field id="audit-entityType" label="Đối tượng">
            <Select
              id="audit-entityType"
              allowClear
              style={{ width: 150 }}
              value={draft.entityType}
              onChange={set('entityType')}
              options={ENTITY_TYPES.map((v) => ({ value: v, label: v }))}
            />
          </Field>
          {text('entityId', 'Mã đối tượng')}
          {text('from', 'Từ ngày', 'YYYY-MM-DD')}
          {text('to', 'Đến ngày', 'YYYY-MM-DD')}
          <Button htmlType="submit" style={{ marginBottom: 14 }}>
            Lọc
          </Button>
        </Form>
      </form>
      {audit.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorSentence(audit.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table
        aria-label="Nhật ký"
        size="small"
        rowKey="id"
        loading={audit.isLoading}
        dataSource={audit.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 50,
          total: audit.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: 'Thời điểm', key: 'at', render: (_, a) => formatDateTime(a.at) },
          {
            title: 'Người thực hiện',
            key: 'actor',
            render: (_, a) => (a.actorId ? (name.get(a.actorId) ?? a.actorId) : ''),
          },
          { title: 'Thao tác', dataIndex: 'action' },
          {
            title: 'Đối tượng',
            key: 'entity',
            render: (_, a) =>
              a.entityType === 'case' && a.entityId ? (
                <Link to={`/ho-so/${a.entityId}`}>hồ sơ</Link>
              ) : (
                `${a.entityType} ${a.entityId ?? ''}`
              ),
          },
          { title: 'Địa chỉ IP', dataIndex: 'ip' },
        ]}
      />
    </>
  );
}
