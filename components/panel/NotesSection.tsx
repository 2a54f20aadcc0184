import { useState } from 'preact/hooks';
import { onTrusted } from '@/components/trusted-event';
import { formatDateTime, t } from '@/utils/i18n';
import type { Note } from '@/utils/model';
import { NoteEditor } from './NoteEditor';

interface Props {
  notes: Note[];
  busy: boolean;
  onAdd: (body: string) => Promise<boolean>;
  onUpdate: (id: number, body: string) => Promise<boolean>;
  onDelete: (id: number) => Promise<boolean>;
}

/** The person's notes, newest first, with add, edit and delete. Note text renders as text only. */
export function NotesSection({ notes, busy, onAdd, onUpdate, onDelete }: Props) {
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);

  return (
    <section aria-labelledby="kk-notes-heading">
      <h3 id="kk-notes-heading" tabIndex={-1}>
        {t('notesHeading')}
      </h3>
      <NoteEditor label={t('noteLabel')} submitLabel={t('noteSave')} busy={busy} onSubmit={onAdd} />
      {notes.length === 0 ? (
        <p class="muted">{t('notesEmpty')}</p>
      ) : (
        <ul class="notes">
          {notes.map((note) => (
            <li key={note.id} class="note">
              {editing === note.id ? (
                <NoteEditor
                  initial={note.body}
                  label={t('noteEditLabel')}
                  submitLabel={t('noteSaveEdit')}
                  busy={busy}
                  onSubmit={async (body) => {
                    const ok = await onUpdate(note.id!, body);
                    if (ok) setEditing(null);
                    return ok;
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <p class="body">{note.body}</p>
                  <div class="row meta">
                    <span class="muted" data-testid="note-time">
                      {formatDateTime(note.createdAt)}
                      {note.updatedAt !== note.createdAt && ` · ${t('noteEditedAt', formatDateTime(note.updatedAt))}`}
                    </span>
                    {confirming === note.id ? (
                      <span class="row" role="group" aria-label={t('noteDeleteConfirm')}>
                        <span class="muted">{t('noteDeleteConfirm')}</span>
                        <button type="button" class="danger" disabled={busy} onClick={onTrusted(() => void onDelete(note.id!).then(() => setConfirming(null)))}>
                          {t('noteDeleteYes')}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('noteCancel')}
                        </button>
                      </span>
                    ) : (
                      <span class="row">
                        <button type="button" class="link" onClick={() => setEditing(note.id!)}>
                          {t('noteEdit')}
                        </button>
                        <button type="button" class="link" onClick={() => setConfirming(note.id!)}>
                          {t('noteDelete')}
                        </button>
                      </span>
                    )}
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
