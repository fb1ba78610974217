// The 使用说明 link of the frame's header: one for every page, so no page carries its own.
// The drawer and the texts are loaded when first opened: the frame and 首页 stay plain markup,
// and the first paint does not carry every page's help.
import { lazy, Suspense, useState } from 'react';

const AntdRoot = lazy(() => import('../AntdRoot'));
const HelpDrawer = lazy(() => import('./HelpDrawer'));

export function HelpButton({ helpKey }: { helpKey: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <a
        className="shell-help"
        role="button"
        tabIndex={0}
        data-testid="help-open"
        onClick={() => setOpen(true)}
        onKeyDown={(e) => e.key === 'Enter' && setOpen(true)}
      >
        使用说明
      </a>
      {open && (
        <Suspense fallback={null}>
          <AntdRoot>
            <HelpDrawer helpKey={helpKey} onClose={() => setOpen(false)} />
          </AntdRoot>
        </Suspense>
      )}
    </>
  );
}
