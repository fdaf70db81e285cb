import type { DemoYearSimulated as DemoYearSimulatedEvent } from '@app/domain';

/** Who and what the demo data is: the names other parts of the product rely on (the UI banner, e-mails, GET /api/v1/demo-data). */

/** 演示数据 label shown wherever demo data is on screen. */
export const DEMO_LABEL = '演示数据（模拟）';
/** actor of every event the simulated year records */
export const DEMO_ACTOR = 'system:demo';
/** actor of the demo budget's import */
export const DEMO_IMPORT_ACTOR = 'system:demo-import';

/** Stream of the demo marker of a fiscal year: it holds DemoYearSimulated.v1 if and only if that year's execution is simulated. */
export const demoStreamId = (fiscalYear: number) => `demo-${fiscalYear}`;

export const DEMO_YEAR_SIMULATED = 'DemoYearSimulated.v1';

/** Recorded last, when every step of the plan is in the store (the event's data; the event type is the domain's). */
export type DemoYearSimulated = DemoYearSimulatedEvent['data'];

/** The demo budgets the product ships (demo/budget-2023-426.json): which department and fiscal year they are. */
export const DEMO_BUDGETS: readonly { readonly department: string; readonly fiscalYear: number }[] = [{ department: '426', fiscalYear: 2023 }];
