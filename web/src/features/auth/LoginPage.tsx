import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError, errorSentence } from '../../api/errors';
import { homeOf, safeNext } from '../../app/navigation';
import { rememberRole } from '../../app/early';
import { sessionKeys } from '../../app/session';
import { Field } from '../../shared/Field';
import { loginSchema, type LoginValues } from './login.schema';

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: '', password: '' },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { user } = await unwrap(api.POST('/auth/login', { body: values }));
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.me, user);
      rememberRole(user.role);
      await navigate(safeNext(params.get('next')) ?? homeOf(user.role), { replace: true });
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 401
          ? 'Đăng nhập không thành công. Kiểm tra lại tên đăng nhập và mật khẩu.'
          : errorSentence(error),
      );
    }
  });

  return (
    <main className="login-page">
      <Card style={{ width: 400 }}>
        <p className="login-agency">UBND · Hệ thống quản lý hồ sơ công dân</p>
        <h1 className="page-title">Đăng nhập</h1>
        {params.get('het-han') && !failure && (
          <Alert
            type="info"
            showIcon
            title="Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại."
            style={{ marginBottom: 16 }}
          />
        )}
        {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Form layout="vertical" component={false}>
            <Field id="username" label="Tên đăng nhập" error={formState.errors.username?.message} required>
              <Controller
                name="username"
                control={control}
                render={({ field }) => <Input id="username" autoComplete="username" autoFocus {...field} />}
              />
            </Field>
            <Field id="password" label="Mật khẩu" error={formState.errors.password?.message} required>
              <Controller
                name="password"
                control={control}
                render={({ field }) => (
                  <Input.Password id="password" autoComplete="current-password" {...field} />
                )}
              />
            </Field>
            <Button type="primary" htmlType="submit" block loading={formState.isSubmitting}>
              Đăng nhập
            </Button>
          </Form>
        </form>
        <p style={{ marginTop: 16 }}>
          Công dân tra cứu hồ sơ: <Link to="/tra-cuu">Tra cứu hồ sơ</Link>
        </p>
      </Card>
    </main>
  );
}
