import { Result } from 'antd';

/** A screen of a later part of the web app (worklist, case page, reports, administration). */
export function ComingLater({ title }: { title: string }) {
  return (
    <main>
      <h1 style={{ fontSize: 22 }}>{title}</h1>
      <Result
        status="info"
        title="Màn hình này đang được xây dựng"
        subTitle="Chức năng sẽ có trong bản cập nhật tới."
      />
    </main>
  );
}
