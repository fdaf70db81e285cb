/** Errors of the event-store port. Stable codes; no HTTP here. */
export class EventStoreError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream was not at the revision the writer expected (someone else appended first). */
export class WrongExpectedRevisionError extends EventStoreError {
  constructor(readonly streamId: string, readonly expected: string, readonly actual: number) {
    super('WRONG_EXPECTED_REVISION', `stream ${streamId}: expected revision ${expected}, actual ${actual}`);
  }
}

/** An event id is already stored, but not as the same batch of the same stream: a real conflict. */
export class DuplicateEventIdError extends EventStoreError {
  constructor(readonly eventId: string, readonly streamId: string) {
    super('DUPLICATE_EVENT_ID', `event ${eventId} is already stored with different content or stream (${streamId})`);
  }
}
