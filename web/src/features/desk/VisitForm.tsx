import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api, requestBody, unwrap, type Schemas } from '../../api/client';
import { useCreateWithFiles } from '../attachments/create-with-files';
import { Field } from '../../shared/Field';
import { fromPickerTime, toPickerTime } from '../../shared/format';
import { AttachmentPicker, FailedUploads, useAttachmentQueue } from '../attachments/AttachmentPicker';
import { CATEGORY_LABELS, HOST_LABELS, options, OUTCOME_LABELS } from '../../shared/labels';
import { deskKeys, useLeaders } from './queries';
import { RepresentativesFields } from './RepresentativesFields';
import { REFUSAL_GROUND_LABELS } from './refusal-grounds';
import { emptyVisit, toVisitBody, visitSchema, type VisitInput, type VisitValues } from './visit.schema';

type Visit = Schemas['ReceptionResponseDto'];

/**
 * "Ghi sổ tiếp công dân": the visit form, in a dialog (Esc closes it, Enter saves), with the papers the citizen
 * hands in; once the visit is saved they are uploaded to it, then its page opens. A paper that fails keeps the
 * visit and is offered again.
 */
export function VisitForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const leaders = useLeaders();
  const uploads = useAttachmentQueue('petition');
  const failed = uploads.files.filter((f) => f.status === 'failed');
  const form = useForm<VisitInput, unknown, VisitValues>({
    resolver: zodResolver(visitSchema),
    defaultValues: emptyVisit(),
  });
  const { control, handleSubmit, formState, watch, reset, setError } = form;
  const errors = formState.errors;

  const toVisit = async (visit: Visit) => {
    await navigate(`/tiep-cong-dan/${visit.id}`, { state: { justLogged: true } });
  };
  const { general, created, stuck, retrying, retry, create, restart } = useCreateWithFiles<Visit, VisitInput>(
    {
      parent: 'receptions',
      queue: uploads,
      setError,
      done: toVisit,
    },
  );
  useEffect(() => {
    if (open) {
      reset(emptyVisit());
      restart();
    }
  }, [open, reset, restart]);

  const submit = handleSubmit((values) =>
    create(
      () =>
        unwrap(
          api.POST('/receptions', { body: requestBody<Schemas['CreateReceptionDto']>(toVisitBody(values)) }),
        ),
      () => queryClient.invalidateQueries({ queryKey: deskKeys.all }),
    ),
  );

  const hostedBy = watch('hostedBy');
  const outcome = watch('outcome');
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title="Ghi sổ tiếp công dân"
      width={860}
      destroyOnHidden
      footer={
        created && stuck
          ? null
          : [
              <Button key="cancel" onClick={onClose}>
                Hủy
              </Button>,
              <Button
                key="save"
                type="primary"
                htmlType="submit"
                form="visit-form"
                loading={formState.isSubmitting}
                disabled={created !== null}
              >
                Lưu
              </Button>,
            ]
      }
    >
      {created && stuck && (
        <FailedUploads
          created="Lượt tiếp đã được ghi sổ."
          failed={failed}
          retrying={retrying}
          onRetry={() => void retry()}
          skip={<Button onClick={() => void toVisit(created)}>Bỏ qua, mở lượt tiếp</Button>}
        />
      )}
      <form id="visit-form" onSubmit={(e) => void submit(e)} noValidate>
        <Form layout="vertical" component={false} disabled={created !== null}>
          {general.length > 0 && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={general.join(' ')}
              style={{ marginBottom: 12 }}
            />
          )}
          <div className="form-grid">
            <Field id="visitedAt" label="Thời gian tiếp" error={errors.visitedAt?.message} required>
              <Controller
                name="visitedAt"
                control={control}
                render={({ field }) => (
                  <DatePicker
                    id="visitedAt"
                    showTime={{ format: 'HH:mm' }}
                    format="HH:mm DD/MM/YYYY"
                    style={{ width: '100%' }}
                    value={field.value ? dayjs(toPickerTime(new Date(field.value))) : null}
                    onChange={(d) => field.onChange(d ? fromPickerTime(d.toDate()) : undefined)}
                    allowClear={false}
                  />
                )}
              />
            </Field>
            <Field
              id="visitorCount"
              label="Số người"
              error={errors.visitorCount?.message}
              required
              extra="Từ 5 người trở lên là đoàn đông người: cử 1 đến 5 người đại diện."
            >
              <Controller
                name="visitorCount"
                control={control}
                render={({ field }) => (
                  <InputNumber
                    id="visitorCount"
                    min={1}
                    style={{ width: '100%' }}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? undefined)}
                  />
                )}
              />
            </Field>
          </div>
          <RepresentativesFields form={form} />
          <div className="form-grid">
            <Field id="category" label="Phân loại" error={errors.category?.message} required>
              <Controller
                name="category"
                control={control}
                render={({ field }) => (
                  <Select
                    id="category"
                    showSearch
                    optionFilterProp="label"
                    options={options(CATEGORY_LABELS)}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
            </Field>
            <Field id="outcome" label="Kết quả" error={errors.outcome?.message} required>
              <Controller
                name="outcome"
                control={control}
                render={({ field }) => (
                  <Select
                    id="outcome"
                    showSearch
                    optionFilterProp="label"
                    options={options(OUTCOME_LABELS)}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
            </Field>
          </div>
          {outcome === 'refused' && (
            <Field
              id="refusalGround"
              label="Lý do từ chối tiếp"
              error={errors.refusalGround?.message}
              required
            >
              <Controller
                name="refusalGround"
                control={control}
                render={({ field }) => (
                  <Select
                    id="refusalGround"
                    showSearch
                    optionFilterProp="label"
                    options={options(REFUSAL_GROUND_LABELS)}
                    value={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
            </Field>
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
              render={({ field }) => <Input.TextArea id="content" rows={3} {...field} />}
            />
          </Field>
          <div className="form-grid">
            <fieldset className="plain-fieldset">
              <legend>Người tiếp</legend>
              <Controller
                name="hostedBy"
                control={control}
                render={({ field }) => (
                  <Radio.Group
                    options={options(HOST_LABELS)}
                    value={field.value}
                    onChange={(e) => field.onChange(e.target.value)}
                  />
                )}
              />
            </fieldset>
            {hostedBy === 'leader' && (
              <Field id="leaderId" label="Lãnh đạo tiếp" error={errors.leaderId?.message} required>
                <Controller
                  name="leaderId"
                  control={control}
                  render={({ field }) => (
                    <Select
                      id="leaderId"
                      showSearch
                      optionFilterProp="label"
                      loading={leaders.isPending}
                      options={(leaders.data ?? []).map((l) => ({ value: l.id, label: l.fullName }))}
                      value={field.value}
                      onChange={field.onChange}
                      notFoundContent="Không có lãnh đạo trong đơn vị"
                    />
                  )}
                />
              </Field>
            )}
          </div>
          <Field id="note" label="Ghi chú" error={errors.note?.message}>
            <Controller
              name="note"
              control={control}
              render={({ field }) => <Input id="note" {...field} />}
            />
          </Field>
          <AttachmentPicker queue={uploads} idPrefix="visit" />
        </Form>
      </form>
    </Modal>
  );
}
