#include "speakers.h"

namespace quorum {

namespace {
Decision refuse(v1::SpeakersRefusal reason, const QString &detail)
{
    return Decision::reject(v1::ERROR_INVALID_STATE, reason, detail);
}

v1::Event speechEnded(const MeetingState &state, qint64 nowMs)
{
    return makeEvent([&](v1::Event &e) {
        auto *ended = e.mutable_speech_ended();
        ended->set_participant_id(sstr(state.floor.speech.participantId));
        ended->set_spoken_ms(state.floor.speech.spokenMs(nowMs));
    });
}

/** Ends the running speech (if any) and gives the floor to `participantId`. */
Events startSpeech(
    const MeetingState &state, const QString &participantId, bool pointOfOrder, qint64 nowMs)
{
    Events events;
    if (state.floor.speech.active)
        events.push_back(speechEnded(state, nowMs));
    events.push_back(makeEvent([&](v1::Event &e) {
        auto *started = e.mutable_speech_started();
        started->set_participant_id(sstr(participantId));
        started->set_item_id(sstr(state.currentItemId));
        started->set_allotted_seconds(state.floor.speakingSeconds);
        started->set_point_of_order(pointOfOrder);
    }));
    return events;
}

bool maySpeak(const ParticipantState *p)
{
    return p && p->role != v1::ROLE_OBSERVER;
}
} // namespace

Decision decideRequestFloor(
    const MeetingState &state, const QString &actorId, const v1::RequestFloor &command)
{
    if (state.floor.queuePosition(actorId) >= 0)
        return refuse(v1::SPEAKERS_REFUSAL_ALREADY_QUEUED,
            QStringLiteral("You are already on the list of speakers"));
    if (state.floor.speech.active && state.floor.speech.participantId == actorId)
        return refuse(v1::SPEAKERS_REFUSAL_HAS_FLOOR, QStringLiteral("You have the floor"));
    // A point of order interrupts: it is heard even when the list is closed.
    if (!state.floor.queueOpen && !command.point_of_order())
        return refuse(
            v1::SPEAKERS_REFUSAL_QUEUE_CLOSED, QStringLiteral("The list of speakers is closed"));
    quint32 position = quint32(state.floor.queue.size());
    if (command.point_of_order()) {
        position = 0;
        while (position < state.floor.queue.size() && state.floor.queue[position].pointOfOrder)
            ++position;
    }
    return Events{ makeEvent([&](v1::Event &e) {
        auto *r = e.mutable_floor_requested();
        r->set_participant_id(sstr(actorId));
        r->set_point_of_order(command.point_of_order());
        r->set_position(position);
    }) };
}

Decision decideWithdrawFloor(const MeetingState &state, const QString &actorId)
{
    if (state.floor.queuePosition(actorId) < 0)
        return refuse(
            v1::SPEAKERS_REFUSAL_NOT_QUEUED, QStringLiteral("You are not on the list of speakers"));
    return Events{ makeEvent(
        [&](v1::Event &e) { e.mutable_floor_withdrawn()->set_participant_id(sstr(actorId)); }) };
}

Decision decideGiveFloor(const MeetingState &state, const v1::GiveFloor &command, qint64 nowMs)
{
    const QString id = qstr(command.participant_id());
    if (!maySpeak(state.participant(id)))
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::SPEAKERS_REFUSAL_CANNOT_SPEAK,
            QStringLiteral("'%1' cannot be given the floor").arg(id));
    if (state.floor.speech.active && state.floor.speech.participantId == id)
        return Decision::nothing();
    const int position = state.floor.queuePosition(id);
    const bool pointOfOrder = position >= 0 && state.floor.queue[size_t(position)].pointOfOrder;
    return startSpeech(state, id, pointOfOrder, nowMs);
}

Decision decideNextSpeaker(const MeetingState &state, qint64 nowMs)
{
    if (state.floor.queue.empty())
        return refuse(
            v1::SPEAKERS_REFUSAL_QUEUE_EMPTY, QStringLiteral("The list of speakers is empty"));
    const QueuedSpeaker &next = state.floor.queue.front();
    return startSpeech(state, next.participantId, next.pointOfOrder, nowMs);
}

Decision decideRemoveSpeaker(const MeetingState &state, const v1::RemoveSpeaker &command)
{
    const QString id = qstr(command.participant_id());
    if (state.floor.queuePosition(id) < 0)
        return refuse(v1::SPEAKERS_REFUSAL_SPEAKER_NOT_QUEUED,
            QStringLiteral("'%1' is not on the list of speakers").arg(id));
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_floor_withdrawn()->set_participant_id(sstr(id));
        e.mutable_floor_withdrawn()->set_removed_by_chair(true);
    }) };
}

Decision decideMoveSpeaker(const MeetingState &state, const v1::MoveSpeaker &command)
{
    const QString id = qstr(command.participant_id());
    const int from = state.floor.queuePosition(id);
    if (from < 0)
        return refuse(v1::SPEAKERS_REFUSAL_SPEAKER_NOT_QUEUED,
            QStringLiteral("'%1' is not on the list of speakers").arg(id));
    if (command.position() >= state.floor.queue.size())
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::SPEAKERS_REFUSAL_BAD_POSITION,
            QStringLiteral("No place %1 in the list").arg(command.position()));
    if (quint32(from) == command.position())
        return Decision::nothing();
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_speaker_moved()->set_participant_id(sstr(id));
        e.mutable_speaker_moved()->set_position(command.position());
    }) };
}

Decision decideSetQueueOpen(const MeetingState &state, const v1::SetQueueOpen &command)
{
    if (state.floor.queueOpen == command.open())
        return Decision::nothing();
    return Events{ makeEvent(
        [&](v1::Event &e) { e.mutable_queue_open_changed()->set_open(command.open()); }) };
}

Decision decideSetSpeakingTime(const MeetingState &state, const v1::SetSpeakingTime &command)
{
    if (command.seconds() > 24 * 3600)
        return Decision::reject(v1::ERROR_INVALID_ARGUMENT, v1::SPEAKERS_REFUSAL_TIME_TOO_LONG,
            QStringLiteral("A speaking time is at most a day"));
    if (command.for_current_speech() && !state.floor.speech.active)
        return refuse(v1::SPEAKERS_REFUSAL_NOBODY_SPEAKING, QStringLiteral("Nobody has the floor"));
    return Events{ makeEvent([&](v1::Event &e) {
        e.mutable_speaking_time_changed()->set_seconds(command.seconds());
        e.mutable_speaking_time_changed()->set_for_current_speech(command.for_current_speech());
    }) };
}

Decision decidePauseSpeech(const MeetingState &state)
{
    if (!state.floor.speech.active || state.floor.speech.paused)
        return refuse(
            v1::SPEAKERS_REFUSAL_NOT_RUNNING, QStringLiteral("No running speech to pause"));
    return Events{ makeEvent([](v1::Event &e) { e.mutable_speech_paused(); }) };
}

Decision decideResumeSpeech(const MeetingState &state)
{
    if (!state.floor.speech.active || !state.floor.speech.paused)
        return refuse(
            v1::SPEAKERS_REFUSAL_NOT_PAUSED, QStringLiteral("No paused speech to resume"));
    return Events{ makeEvent([](v1::Event &e) { e.mutable_speech_resumed(); }) };
}

Decision decideEndSpeech(const MeetingState &state, const QString &actorId, qint64 nowMs)
{
    if (!state.floor.speech.active)
        return refuse(v1::SPEAKERS_REFUSAL_NOBODY_SPEAKING, QStringLiteral("Nobody has the floor"));
    const ParticipantState *actor = state.participant(actorId);
    if (state.floor.speech.participantId != actorId && (!actor || actor->role != v1::ROLE_CHAIR))
        return Decision::reject(v1::ERROR_FORBIDDEN, v1::SPEAKERS_REFUSAL_END_NOT_ALLOWED,
            QStringLiteral("Only the chair or the speaker can end a speech"));
    return Events{ speechEnded(state, nowMs) };
}

void applyFloorRequested(MeetingState &state, const v1::FloorRequested &event)
{
    auto &queue = state.floor.queue;
    const size_t position = std::min<size_t>(event.position(), queue.size());
    queue.insert(queue.begin() + qsizetype(position),
        { qstr(event.participant_id()), event.point_of_order() });
}

void applyFloorWithdrawn(MeetingState &state, const v1::FloorWithdrawn &event)
{
    const int position = state.floor.queuePosition(qstr(event.participant_id()));
    if (position >= 0)
        state.floor.queue.erase(state.floor.queue.begin() + position);
}

void applySpeakerMoved(MeetingState &state, const v1::SpeakerMoved &event)
{
    auto &queue = state.floor.queue;
    const int from = state.floor.queuePosition(qstr(event.participant_id()));
    if (from < 0)
        return;
    const QueuedSpeaker moved = queue[size_t(from)];
    queue.erase(queue.begin() + from);
    queue.insert(
        queue.begin() + qsizetype(std::min<size_t>(event.position(), queue.size())), moved);
}

void applyQueueOpenChanged(MeetingState &state, const v1::QueueOpenChanged &event)
{
    state.floor.queueOpen = event.open();
}

void applySpeakingTimeChanged(MeetingState &state, const v1::SpeakingTimeChanged &event)
{
    if (event.for_current_speech())
        state.floor.speech.allottedSeconds = event.seconds();
    else
        state.floor.speakingSeconds = event.seconds();
}

void applySpeechStarted(MeetingState &state, const v1::SpeechStarted &event, qint64 timeMs)
{
    SpeechState &s = state.floor.speech;
    s = SpeechState();
    s.active = true;
    s.participantId = qstr(event.participant_id());
    s.itemId = qstr(event.item_id());
    s.allottedSeconds = event.allotted_seconds();
    s.startedMs = timeMs;
    s.runningSinceMs = timeMs;
    s.pointOfOrder = event.point_of_order();
    const int position = state.floor.queuePosition(s.participantId);
    if (position >= 0)
        state.floor.queue.erase(state.floor.queue.begin() + position);
}

void applySpeechPaused(MeetingState &state, qint64 timeMs)
{
    SpeechState &s = state.floor.speech;
    s.spokenBeforeMs = s.spokenMs(timeMs);
    s.paused = true;
}

void applySpeechResumed(MeetingState &state, qint64 timeMs)
{
    SpeechState &s = state.floor.speech;
    s.paused = false;
    s.runningSinceMs = timeMs;
}

void applySpeechEnded(MeetingState &state, const v1::SpeechEnded &event)
{
    SpeechState &s = state.floor.speech;
    SpeakingTotal &total = state.floor.totals[{ s.participantId, s.itemId }];
    total.spokenMs += event.spoken_ms();
    total.speeches += 1;
    // The speaker of the event (a speech ended by a snapshot's tablet may have no state).
    const QString id = qstr(event.participant_id());
    const ParticipantState *p = state.participant(id);
    state.floor.spoken.push_back(
        { id, p ? p->name : id, s.itemId, s.startedMs, event.spoken_ms(), s.pointOfOrder });
    s = SpeechState();
}

void resetSpeakingTime(MeetingState &state)
{
    const int index = state.agendaIndex(state.currentItemId);
    const quint32 itemSeconds = index >= 0 ? state.definition.agenda(index).speaking_seconds() : 0;
    state.floor.speakingSeconds
        = itemSeconds ? itemSeconds : state.definition.default_speaking_seconds();
}

void snapshotSpeakers(const MeetingState &state, v1::FloorSnapshot *floor)
{
    for (const QueuedSpeaker &q : state.floor.queue) {
        v1::QueueEntry *e = floor->add_queue();
        e->set_participant_id(sstr(q.participantId));
        e->set_point_of_order(q.pointOfOrder);
    }
    floor->set_queue_open(state.floor.queueOpen);
    floor->set_speaking_seconds(state.floor.speakingSeconds);
    const SpeechState &s = state.floor.speech;
    if (s.active) {
        v1::Speech *speech = floor->mutable_speech();
        speech->set_participant_id(sstr(s.participantId));
        speech->set_item_id(sstr(s.itemId));
        speech->set_allotted_seconds(s.allottedSeconds);
        speech->set_started_ms(s.startedMs);
        speech->set_spoken_ms_before_pause(s.spokenBeforeMs);
        speech->set_paused(s.paused);
        speech->set_resumed_ms(s.runningSinceMs);
        speech->set_point_of_order(s.pointOfOrder);
    }
    for (const auto &[key, total] : state.floor.totals) {
        v1::SpeakingTotal *t = floor->add_totals();
        t->set_participant_id(sstr(key.first));
        t->set_item_id(sstr(key.second));
        t->set_spoken_ms(total.spokenMs);
        t->set_speeches(total.speeches);
    }
}

} // namespace quorum
