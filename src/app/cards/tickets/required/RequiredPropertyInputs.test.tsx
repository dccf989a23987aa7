import {
  DateInput,
  Input,
  MultiSelect,
  NumberInput,
  Select,
  TextArea,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { useState } from 'react';
import type { ExtraProperties, RequiredProperty } from '../../contract';
import { fire } from '../testing/fire';
import { RequiredPropertyInputs } from './RequiredPropertyInputs';

/** Each required property gets the input HubSpot's own form would draw, in HubSpot's value format. */

const property = (
  name: string,
  type: string,
  fieldType: string,
  options = [] as RequiredProperty['options'],
) => ({
  name,
  label: name,
  type,
  fieldType,
  options,
});
const colours = [
  { value: 'RED', label: 'Red' },
  { value: 'BLUE', label: 'Blue' },
];
const questions: RequiredProperty[] = [
  property('resolution', 'enumeration', 'select', colours),
  property('radio_pick', 'enumeration', 'radio', colours),
  property('tags', 'enumeration', 'checkbox', colours),
  property('approved', 'bool', 'booleancheckbox'),
  property('effort', 'number', 'number'),
  property('due', 'date', 'date'),
  property('notes', 'string', 'textarea'),
  property('code', 'string', 'text'),
];

function render() {
  const seen: ExtraProperties[] = [];
  function Harness() {
    const [answers, setAnswers] = useState<ExtraProperties>({});
    seen.push(answers);
    return (
      <RequiredPropertyInputs
        questions={questions}
        answers={answers}
        onAnswer={(name, value) => setAnswers((a) => ({ ...a, [name]: value }))}
        testId="q"
      />
    );
  }
  const renderer = createRenderer('crm.record.sidebar');
  renderer.render(<Harness />);
  return { renderer, latest: () => seen[seen.length - 1] ?? {} };
}

describe('required property inputs', () => {
  it('draws the input of each type, required, with its options', () => {
    const { renderer } = render();
    expect(renderer.findByTestId(Select, 'q-resolution').props.options).toEqual(colours);
    expect(renderer.findByTestId(Select, 'q-radio_pick').props.options).toEqual(colours);
    expect(renderer.findByTestId(MultiSelect, 'q-tags').props.options).toEqual(colours);
    expect(renderer.findByTestId(Select, 'q-approved').props.options.map((o) => o.value)).toEqual([
      'true',
      'false',
    ]);
    expect(renderer.findByTestId(NumberInput, 'q-effort').props.required).toBe(true);
    expect(renderer.findByTestId(DateInput, 'q-due').props.required).toBe(true);
    expect(renderer.findByTestId(TextArea, 'q-notes').props.required).toBe(true);
    expect(renderer.findByTestId(Input, 'q-code').props.required).toBe(true);
  });

  it("keeps answers in HubSpot's format: ';'-joined options, YYYY-MM-DD dates", async () => {
    const { renderer, latest } = render();
    fire(renderer.findByTestId(MultiSelect, 'q-tags'), 'onChange', ['RED', 'BLUE']);
    fire(renderer.findByTestId(DateInput, 'q-due'), 'onChange', { year: 2026, month: 0, date: 5 });
    fire(renderer.findByTestId(Select, 'q-approved'), 'onChange', 'false');
    fire(renderer.findByTestId(NumberInput, 'q-effort'), 'onChange', 3);
    fire(renderer.findByTestId(Input, 'q-code'), 'onInput', 'X-1');
    await renderer.waitFor(() => expect(latest().code).toBe('X-1'));
    expect(latest()).toEqual({
      tags: 'RED;BLUE',
      due: '2026-01-05',
      approved: 'false',
      effort: '3',
      code: 'X-1',
    });
    // And shows them back the way each input takes them.
    expect(renderer.findByTestId(MultiSelect, 'q-tags').props.value).toEqual(['RED', 'BLUE']);
    expect(renderer.findByTestId(DateInput, 'q-due').props.value).toEqual({
      year: 2026,
      month: 0,
      date: 5,
    });
  });
});
