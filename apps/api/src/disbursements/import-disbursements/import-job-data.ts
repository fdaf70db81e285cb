import type { AmountUnit, CsvEncoding } from '@app/spreadsheets';
import type { Principal } from '@app/kernel';
import type { Problem } from '../../shared/problem-details.filter';
import type { ImportReport } from './import-report';
import type { UploadedFile } from './upload';

/** A disbursement import job's inputs and its reported state (ADR 0022): what lives in Redis with the BullMQ job. */
export type Phase = 'queued' | 'checking' | 'recording' | 'done' | 'failed';
export interface ImportOptions { dryRun: boolean; amountUnit?: AmountUnit; encoding?: CsvEncoding; fiscalYear?: number }

/** The file of an import as its job carries it (the bytes are in Redis under `fileId`). */
export type ImportFileInfo = Omit<UploadedFile, 'path'> & { readonly fileId: string };

/** What a job is given (immutable, with the BullMQ job in Redis: any instance reads it). */
export interface ImportJobData {
  readonly importId: string;
  readonly owner: string;
  readonly options: ImportOptions;
  readonly file: ImportFileInfo;
  readonly createdAt: string;
  /** who asked, as the events will say; `today` decides the rows' dates as of the request */
  readonly ctx: { readonly actor: string; readonly principal: Principal; readonly today: string };
  /** a commit of this preview */
  readonly previewOf?: string;
}

export interface ImportProgress {
  rowsRead: number; bytesRead: number; totalBytes: number; percent: number;
  /** rows the commit stages, and how many are staged (recorded once the import is applied) */
  rowsToRecord: number | null; rowsRecorded: number;
}

/** What a job reports as it goes (its BullMQ progress) and when it ends. */
export interface ImportState {
  phase: Phase;
  progress: ImportProgress;
  report?: ImportReport;
  problem?: Problem;
  finishedAt?: string;
  /** a preview keeps its file for a while, so that it can be committed without sending it again */
  fileKept?: boolean;
}

export interface ImportView extends ImportJobData { readonly state: ImportState; readonly committedBy: string | null }

export const initialState = (bytes: number): ImportState =>
  ({ phase: 'queued', progress: { rowsRead: 0, bytesRead: 0, totalBytes: bytes, percent: 0, rowsToRecord: null, rowsRecorded: 0 } });

