// An antd icon drawn from its SVG definition alone. @ant-design/icons' components bring a
// context, a style injector and a colour library to the first screen, for nine nav glyphs.
import { createElement, type ReactElement } from 'react';
import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';

function node({ tag, attrs, children }: AbstractNode, key?: number): ReactElement {
  return createElement(tag, { key, ...attrs }, children?.map(node));
}

export function PlainIcon({ icon }: { icon: IconDefinition }) {
  const svg = typeof icon.icon === 'function' ? icon.icon('currentColor', '#fff0ed') : icon.icon;
  return (
    <span role="img" aria-label={icon.name} className="plain-icon">
      {createElement('svg', { ...svg.attrs, width: '1em', height: '1em', fill: 'currentColor', 'aria-hidden': true }, svg.children?.map(node))}
    </span>
  );
}
