import { Button, Tree } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useUnits, type Unit } from '../reports/queries';
import { unitOptions } from './queries';
import { UnitCreateDialog } from './UnitCreateDialog';
import { UnitRenameDialog } from './UnitRenameDialog';
import { LEVEL_LABELS } from './units.schema';

type Node = { key: string; title: ReactNode; children: Node[] };

/** "Đơn vị": the unit tree, a new unit, a unit renamed. */
export function UnitsSection() {
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Unit | null>(null);
  const list = useMemo(() => units.data ?? [], [units.data]);
  const choices = useMemo(() => unitOptions(list), [list]);
  const build = (parent: string | null): Node[] =>
    list
      .filter(
        (u) =>
          (u.parentId ?? null) === parent ||
          (parent === null && u.parentId && !list.some((p) => p.id === u.parentId)),
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((u) => ({
        key: u.id,
        title: (
          <span>
            {`${u.name} (${u.code}, ${LEVEL_LABELS[u.level]})`}{' '}
            <Button size="small" type="link" aria-label={`Đổi tên ${u.name}`} onClick={() => setRenaming(u)}>
              Đổi tên
            </Button>
          </span>
        ),
        children: build(u.id),
      }));
  return (
    <>
      <Button type="primary" onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
        Thêm đơn vị
      </Button>
      {units.data ? (
        <Tree aria-label="Cây đơn vị" treeData={build(null)} defaultExpandAll selectable={false} />
      ) : null}
      {renaming && <UnitRenameDialog unit={renaming} onClose={() => setRenaming(null)} />}
      {creating && <UnitCreateDialog unitChoices={choices} onClose={() => setCreating(false)} />}
    </>
  );
}
