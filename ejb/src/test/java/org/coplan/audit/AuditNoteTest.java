package org.coplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class AuditNoteTest {

    private static Audited audited(String action) {
        return new Audited() {
            @Override
            public String action() {
                return action;
            }

            @Override
            public String recordType() {
                return "Person";
            }

            @Override
            public String purpose() {
                return "direct care";
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return Audited.class;
            }
        };
    }

    @Test
    void aServiceWritesToTheNoteOfItsOwnCallEvenWhenCallsNest() {
        AuditNote outer = AuditNote.open(audited("outer"), 1L);
        AuditNote inner = AuditNote.open(audited("inner"), null);
        AuditNote.current().record(42L).detail("made");
        AuditNote.close(inner);
        AuditNote.current().detail("outer detail");
        AuditNote.close(outer);

        assertThat(inner.recordId()).isEqualTo(42L);
        assertThat(inner.detail()).isEqualTo("made");
        assertThat(outer.recordId()).isEqualTo(1L);
        assertThat(outer.detail()).isEqualTo("outer detail");
    }

    @Test
    void outsideAnAuditedCallNotesAreDiscardedSafely() {
        AuditNote discarded = AuditNote.current().record(5L).detail("nothing");
        assertThat(discarded.action()).isNull();
        assertThat(AuditNote.current().recordId()).isNull();
    }

    @Test
    void aLongDetailIsCutToTheColumnSize() {
        AuditNote note = AuditNote.open(audited("x"), null);
        try {
            note.detail("x".repeat(5000));
            assertThat(note.detail()).hasSize(1000);
        } finally {
            AuditNote.close(note);
        }
    }

    @Test
    void theActorDefaultsToTheSignedInUser() {
        AuditNote note = AuditNote.open(audited("login"), null);
        try {
            assertThat(note.actorOr("sam")).isEqualTo("sam");
            note.actor("someone.typed.this");
            assertThat(note.actorOr("sam")).isEqualTo("someone.typed.this");
        } finally {
            AuditNote.close(note);
        }
    }
}
