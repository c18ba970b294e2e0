import type { TimelineView } from './prepare';

/** From the essay to the record as it stands: January 2024 to late 2026. */
export const doorDomain: [string, string] = ['2024-01-01', '2026-12-01'];

/** The timeline of "What happened next": the opening's lanes and code, with the later record. One entry per <Step>. */
export const doorView: TimelineView = {
  period: doorDomain,
  laneNames: { rules: 'timeline.lane.rules', nvidia: 'timeline.lane.nvidia', models: 'timeline.lane.models', firms: 'door.lane.firms' },
  steps: [
    {
      id: 'door-overview',
      desc: 'door.desc.0',
      domain: doorDomain,
      lanes: 'all',
      labels: ['cloud-kyc-proposed', 'deepseek-v3', 'h20-licence-required', 'offshore-training'],
    },
    {
      id: 'door-cloud',
      desc: 'door.desc.1',
      domain: doorDomain,
      lanes: ['rules'],
      labels: [
        'cloud-kyc-proposed',
        'eo-14110-revoked',
        'ai-diffusion-rescinded',
        'rasa-house-2024',
        'rasa-house-2026',
        'ai-diffusion-issued',
        'cloud-security-act',
      ],
      note: 'door.note.cloud',
    },
    {
      id: 'door-chips',
      desc: 'door.desc.2',
      domain: doorDomain,
      lanes: ['nvidia'],
      labels: ['h20-licence-required', 'h20-licences-15pc', 'h200-25pc', 'cac-summons-nvidia', 'state-dc-domestic', 'rtx6000d-halted'],
      note: 'door.note.chips',
    },
    {
      id: 'door-labs',
      desc: 'door.desc.3',
      domain: doorDomain,
      lanes: ['models', 'firms'],
      labels: [
        'deepseek-v3',
        'offshore-training',
        'anthropic-distillation-claim',
        'openai-api-block',
        'china-open-downloads',
        'deepseek-r1',
        'llama-31-405b',
      ],
      note: 'door.note.labs',
    },
  ],
};
