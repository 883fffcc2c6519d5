// The filter bar's fields of a list (the worklist, the reception log): each reads its value from the address
// and changes the address (useSetSearchParams), so that a reload or a shared link keeps them.
import { DatePicker, Form, Select, type SelectProps } from 'antd';
import dayjs from 'dayjs';

type SetParams = (changes: Record<string, string | undefined>) => void;

/** A date (the address's `YYYY-MM-DD`), typed or picked as dd/mm/yyyy. */
export function DateFilter({
  name,
  label,
  value,
  set,
}: {
  name: string;
  label: string;
  value: string | undefined;
  set: SetParams;
}) {
  return (
    <Form.Item label={label} htmlFor={`filter-${name}`}>
      <DatePicker
        id={`filter-${name}`}
        format="DD/MM/YYYY"
        placeholder="dd/mm/yyyy"
        value={value ? dayjs(value) : null}
        onChange={(d) => set({ [name]: d?.format('YYYY-MM-DD') })}
      />
    </Form.Item>
  );
}

/** One choice among `options`, or "Tất cả" (cleared). */
export function SelectFilter<V extends string>({
  name,
  label,
  width,
  value,
  options,
  onChange,
  ...rest
}: {
  name: string;
  label: string;
  width: number;
  value: V | undefined;
  options: { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
} & Pick<SelectProps, 'notFoundContent' | 'showSearch'>) {
  return (
    <Form.Item label={label} htmlFor={`filter-${name}`}>
      <Select
        id={`filter-${name}`}
        allowClear
        style={{ width }}
        placeholder="Tất cả"
        options={options}
        value={value}
        onChange={(v: V | undefined) => onChange(v)}
        {...rest}
      />
    </Form.Item>
  );
}
