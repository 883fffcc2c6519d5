import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { useCreateWithFiles } from '../attachments/create-with-files';
import { Field } from '../../shared/Field';
import { formatDateTime, fromPickerTime, toPickerTime } from '../../shared/format';
import {
  CHANNEL_LABELS,
  KIND_LABELS,
  options,
  PROCEDURE_LABELS,
  PROCEDURES_BY_KIND,
  type CaseKind,
} from '../../shared/labels';
import { AttachmentPicker, FailedUploads, useAttachmentQueue } from '../attachments/AttachmentPicker';
import { useVisit } from '../desk/queries';
import {
  emptyIntake,
  intakeSchema,
  toIntakeBody,
  type IntakeInput,
  type IntakeValues,
} from './intake.schema';

type Intake = Schemas['IntakeResponseDto'];

const KIND_OF_CATEGORY: Record<string, CaseKind> = {
  complaint: 'complaint',
  denunciation: 'denunciation',
  petition: 'petition',
};
const APPLICANT_FIELDS = [
  ['fullName', 'Họ và tên'],
  ['idNumber', 'Số định danh'],
  ['phone', 'Số điện thoại'],
  ['email', 'Thư điện tử'],
  ['address', 'Địa chỉ'],
] as const;

/**
 * "Tiếp nhận hồ sơ": a new case, on its own or from a visit (`?luot-tiep=<visit id>`), with the scanned papers
 * chosen meanwhile; once created, the papers are uploaded to it, then the receipt. A paper that fails keeps the
 * case (and its receipt's pin, held here) and is offered again.
 */
export function IntakePage() {
  const [params] = useSearchParams();
  const visitId = params.get('luot-tiep');
  const visit = useVisit(visitId ?? '');
  const navigate = useNavigate();
  const uploads = useAttachmentQueue('petition');
  const failed = uploads.files.filter((f) => f.status === 'failed');
  const { control, handleSubmit, formState, watch, setValue, reset, setError } = useForm<
    IntakeInput,
    unknown,
    IntakeValues
  >({
    resolver: zodResolver(intakeSchema),
    defaultValues: emptyIntake(),
  });
  const errors = formState.errors;

  const v = visitId ? visit.data : undefined;
  useEffect(() => {
    if (v) {
      const kind = KIND_OF_CATEGORY[v.category] ?? 'complaint';
      const first = v.representatives?.[0];
      reset({
        ...emptyIntake(new Date(v.visitedAt), kind),
        applicant: {
          fullName: first?.fullName ?? '',
          idNumber: first?.idNumber ?? '',
          phone: first?.phone ?? '',
          email: '',
          address: first?.address ?? '',
        },
        subject: v.subject,
        content: v.content,
      });
    }
  }, [v, reset]);

  const toReceipt = async (intake: Intake) => {
    await navigate(`/ho-so/${intake.id}/bien-nhan`, { state: { intake } });
  };
  const { general, created, stuck, retrying, retry, create } = useCreateWithFiles<Intake, IntakeInput>({
    parent: 'cases',
    queue: uploads,
    setError,
    done: toReceipt,
  });

  const submit = handleSubmit((values) =>
    create(() => {
      const body = toIntakeBody(values);
      return visitId
        ? unwrap(
            api.POST('/receptions/{id}/cases', {
              params: { path: { id: visitId } },
              body: requestBody<Schemas['OpenVisitCaseDto']>(body),
            }),
          )
        : unwrap(api.POST('/cases', { body: requestBody<Schemas['CreateCaseDto']>(body) }));
    }),
  );

  const kind = watch('kind');
  const anonymous = watch('anonymous');
  const procedures = PROCEDURES_BY_KIND[kind];
  return (
    <main style={{ maxWidth: 960 }}>
      <h1 className="page-title">Tiếp nhận hồ sơ</h1>
      {v && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <span>
              Mở hồ sơ từ <Link to={`/tiep-cong-dan/${v.id}`}>lượt tiếp {formatDateTime(v.visitedAt)}</Link>:
              người nộp đơn mặc định là người đại diện thứ nhất.
            </span>
          }
        />
      )}
      {general.length > 0 && (
        <Alert type="error" showIcon role="alert" title={general.join(' ')} style={{ marginBottom: 12 }} />
      )}
      {created && stuck && (
        <FailedUploads
          created={`Hồ sơ ${created.code} đã được tiếp nhận.`}
          failed={failed}
          retrying={retrying}
          onRetry={() => void retry()}
          skip={<Button onClick={() => void toReceipt(created)}>Bỏ qua, xem giấy biên nhận</Button>}
        />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false} disabled={created !== null}>
          <div className="form-grid">
            <Field id="kind" label="Loại hồ sơ" error={errors.kind?.message} required>
              <Controller
                name="kind"
                control={control}
                render={({ field }) => (
                  <Select
                    id="kind"
                    showSearch
                    optionFilterProp="label"
                    autoFocus
                    options={options(KIND_LABELS)}
                    value={field.value}
                    onChange={(k: CaseKind) => {
                      field.onChange(k);
                      setValue('procedure', PROCEDURES_BY_KIND[k][0]);
                      if (k !== 'denunciation') setValue('anonymous', false);
                    }}
                  />
                )}
              />
            </Field>
            <Field
              id="procedure"
              label="Thủ tục"
              error={errors.procedure?.message}
              required={procedures.length > 0}
            >
              <Controller
                name="procedure"
                control={control}
                render={({ field }) => (
                  <Select
                    id="procedure"
                    showSearch
                    optionFilterProp="label"
                    disabled={created !== null || procedures.length === 0}
                    placeholder={procedures.length === 0 ? 'Không có thủ tục riêng' : undefined}
                    options={procedures.map((p) => ({ value: p, label: PROCEDURE_LABELS[p] }))}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
            </Field>
            <Field id="channel" label="Hình thức tiếp nhận" error={errors.channel?.message} required>
              <Controller
                name="channel"
                control={control}
                render={({ field }) => (
                  <Select
                    id="channel"
                    showSearch
                    optionFilterProp="label"
                    options={options(CHANNEL_LABELS)}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
            </Field>
            <Field
              id="receivedAt"
              label="Ngày tiếp nhận"
              error={errors.receivedAt?.message}
              required
              extra="Hồ sơ giấy nhận từ trước: nhập ngày giờ ghi trên giấy tờ."
            >
              <Controller
                name="receivedAt"
                control={control}
                render={({ field }) => (
                  <DatePicker
                    id="receivedAt"
                    showTime={{ format: 'HH:mm' }}
                    format="HH:mm DD/MM/YYYY"
                    style={{ width: '100%' }}
                    allowClear={false}
                    value={field.value ? dayjs(toPickerTime(new Date(field.value))) : null}
                    onChange={(d) => field.onChange(d ? fromPickerTime(d.toDate()) : undefined)}
                    disabledDate={(d) => d.isAfter(dayjs(toPickerTime(new Date())), 'day')}
                  />
                )}
              />
            </Field>
          </div>
          {kind === 'denunciation' && (
            <Controller
              name="anonymous"
              control={control}
              render={({ field }) => (
                <Checkbox
                  id="anonymous"
                  checked={field.value}
                  onChange={(e) => field.onChange(e.target.checked)}
                  style={{ marginBottom: 12 }}
                >
                  Đơn nặc danh
                </Checkbox>
              )}
            />
          )}
          {errors.anonymous && (
            <div role="alert" className="field-error">
              {errors.anonymous.message}
            </div>
          )}
          {!anonymous && (
            <fieldset className="person-fieldset">
              <legend>Người nộp đơn</legend>
              <div className="form-grid">
                {APPLICANT_FIELDS.map(([key, label]) => (
                  <Field
                    key={key}
                    id={`applicant-${key}`}
                    label={label}
                    required={key === 'fullName'}
                    error={errors.applicant?.[key]?.message}
                  >
                    <Controller
                      name={`applicant.${key}`}
                      control={control}
                      render={({ field }) => (
                        <Input id={`applicant-${key}`} {...field} value={field.value ?? ''} />
                      )}
                    />
                  </Field>
                ))}
              </div>
            </fieldset>
          )}
          <Field id="subject" label="Trích yếu" error={errors.subject?.message} required>
            <Controller
              name="subject"
              control={control}
              render={({ field }) => <Input id="subject" {...field} />}
            />
          </Field>
          <Field id="content" label="Nội dung" error={errors.content?.message} required>
            <Controller
              name="content"
              control={control}
              render={({ field }) => <Input.TextArea id="content" rows={4} {...field} />}
            />
          </Field>
          <AttachmentPicker queue={uploads} idPrefix="intake" />
          {!stuck && (
            <Space>
              <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
                Tiếp nhận
              </Button>
              <Button onClick={() => void navigate(-1)}>Hủy</Button>
            </Space>
          )}
        </Form>
      </form>
    </main>
  );
}
