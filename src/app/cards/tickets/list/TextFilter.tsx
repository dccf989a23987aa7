/**
 * The list's text filter: applied once typing pauses (or on leaving the box), so a word
 * typed costs one list call, not one per keystroke. SearchInput brings its own single
 * clear icon.
 */
import { SearchInput } from '@hubspot/ui-extensions';
import { useEffect, useRef, useState } from 'react';
import { strings } from '../strings';

interface Props {
  value: string;
  debounceMs: number;
  onChange(text: string): void;
}

export function TextFilter({ value, debounceMs, onChange }: Props) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const apply = (next: string, delayMs: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(next), delayMs);
  };
  return (
    <SearchInput
      label={strings.textFilterLabel}
      name="text"
      placeholder={strings.textFilterPlaceholder}
      value={text}
      onInput={(next) => {
        setText(next);
        apply(next, debounceMs);
      }}
      onChange={(next) => apply(next, 0)}
      testId="text-filter"
    />
  );
}
