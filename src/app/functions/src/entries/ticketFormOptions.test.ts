import { dataOf, useFunctionHarness } from '../../../../../testkits/functionTestKit';

const kit = useFunctionHarness();

describe('ticket_form_options', () => {
  it("offers the portal's pipelines with stages in order, and its priorities and categories", async () => {
    const data = dataOf(
      await kit.harness.call('ticket_form_options', {
        type: 'contacts',
        id: kit.facts.smallContact.id,
      }),
    );
    expect(data.pipelines.map((pipeline) => pipeline.id).sort()).toEqual(
      kit.facts.pipelines.map((pipeline) => pipeline.id).sort(),
    );
    for (const pipeline of data.pipelines) {
      const known = kit.facts.pipelines.find((candidate) => candidate.id === pipeline.id);
      expect(pipeline.stages.map((stage) => [stage.id, stage.state])).toEqual(
        known?.stages.map((stage) => [stage.id, stage.state]),
      );
    }
    expect(data.defaultPipelineId).toBe(data.pipelines[0]?.id);
    expect(data.priorities.map((option) => option.value)).toEqual([
      'LOW',
      'MEDIUM',
      'HIGH',
      'URGENT',
    ]);
    expect(data.categories.map((option) => option.value)).toEqual(
      expect.arrayContaining([
        'PRODUCT_ISSUE',
        'BILLING_ISSUE',
        'FEATURE_REQUEST',
        'GENERAL_INQUIRY',
      ]),
    );
    expect(data.limits.subjectMaxLength).toBeGreaterThan(0);
  });

  it('offers the association labels of the record type only', async () => {
    const contact = dataOf(
      await kit.harness.call('ticket_form_options', {
        type: 'contacts',
        id: kit.facts.smallContact.id,
      }),
    );
    const company = dataOf(
      await kit.harness.call('ticket_form_options', {
        type: 'companies',
        id: kit.facts.smallCompany.id,
      }),
    );
    expect(company.associationLabels).toEqual(
      expect.arrayContaining([{ typeId: 26, category: 'HUBSPOT_DEFINED', label: 'Primary' }]),
    );
    expect(contact.associationLabels.map((label) => label.typeId)).not.toContain(26);
    for (const label of [...contact.associationLabels, ...company.associationLabels]) {
      expect(label.label).not.toBe('');
    }
  });
});
