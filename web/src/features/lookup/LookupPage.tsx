import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiError, errorSentence } from '../../api/errors';
import { Field } from '../../shared/Field';
import { formatBusinessDate, formatDate } from '../../shared/format';
import { isAdministrative, KIND_LABELS, STATUS_LABELS } from '../../shared/labels';
import { lookupSchema, type LookupValues } from './lookup.schema';

/** Why a lookup found nothing, in plain words: the API's 404 and 429 (UI.md). */
export function lookupFailure(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) {
    return 'Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này. Vui lòng kiểm tra lại hai mã ghi trên giấy biên nhận.';
  }
  if (error instanceof ApiError && error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
    return `Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
  }
  return errorSentence(error);
}

/** The citizen's page, public: a case's status and dates by its code and tracking pin, nothing personal. */
export function LookupPage() {
  const [result, setResult] = useState<Schemas['PublicCaseResponseDto'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<LookupValues>({
    resolver: zodResolver(lookupSchema),
    defaultValues: { code: '', pin: '' },
  });

  const submit = handleSubmit(async (values) => {
    const { code, pin } = lookupSchema.parse(values);
    setFailure(null);
    setResult(null);
    try {
      setResult(
        await unwrap(api.GET('/public/cases/{code}', { params: { path: { code }, query: { pin } } })),
      );
    } catch (error) {
      setFailure(lookupFailure(error));
    }
  });

  return (
    <main className="login-page">
      <Card style={{ width: 520 }}>
        <p className="login-agency">Ủy ban nhân dân · Cổng tra cứu hồ sơ</p>
        <h1 className="page-title">Tra cứu hồ sơ</h1>
        <p>Nhập mã hồ sơ và mã tra cứu (6 chữ số) ghi trên giấy biên nhận.</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Form layout="vertical" component={false}>
            <Field id="code" label="Mã hồ sơ" error={formState.errors.code?.message} required>
              <Controller
                name="code"
                control={control}
                render={({ field }) => (
                  <Input id="code" autoFocus placeholder="Ví dụ: KN-2024-000123" {...field} />
                )}
              />
            </Field>
            <Field id="pin" label="Mã tra cứu" error={formState.errors.pin?.message} required>
              <Controller
                name="pin"
                control={control}
                render={({ field }) => (
                  <Input id="pin" inputMode="numeric" autoComplete="off" maxLength={6} {...field} />
                )}
              />
            </Field>
            <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
              Tra cứu
            </Button>
          </Form>
        </form>
        <div aria-live="polite" style={{ marginTop: 20 }}>
          {failure && <Alert type="warning" showIcon title={failure} />}
          {result && (
            <Descriptions title={`Hồ sơ ${result.code}`} column={1} bordered size="small">
              <Descriptions.Item label="Loại hồ sơ">{KIND_LABELS[result.kind]}</Descriptions.Item>
              <Descriptions.Item label="Trạng thái">
                <strong>{STATUS_LABELS[result.status]}</strong>
              </Descriptions.Item>
              <Descriptions.Item label="Ngày tiếp nhận">{formatDate(result.receivedAt)}</Descriptions.Item>
              <Descriptions.Item
                label={isAdministrative(result.kind) ? 'Ngày hẹn trả kết quả' : 'Hạn giải quyết'}
              >
                {result.dueDate ? formatBusinessDate(result.dueDate) : 'Không tính hạn'}
              </Descriptions.Item>
              {result.resolvedAt && (
                <Descriptions.Item label="Ngày giải quyết xong">
                  {formatDate(result.resolvedAt)}
                </Descriptions.Item>
              )}
            </Descriptions>
          )}
        </div>
      </Card>
    </main>
  );
}
