package io.muster.simulator.voice;

import io.muster.simulator.SimConference;
import io.muster.simulator.twilio.Sids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * The conferences of every account, by name as Twilio keys them: a {@code <Dial><Conference>} joins the call into
 * the account's conference of that name (started by its first participant, ended when its last one leaves), and
 * the call stays on it until the caller hangs up ({@link #hangUp}). A conference that has ended is kept for tests
 * to read; the same name later starts a new one (a new sid), as at Twilio.
 */
public final class Conferences {

    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, Seat> seats = new ConcurrentHashMap<>();

    /** The latest conference of that name in any account, if any call ever joined one. */
    public Optional<SimConference> byName(String friendlyName) {
        return rooms.values().stream()
                .filter(room -> room.name.equals(friendlyName))
                .map(Room::view)
                .findFirst();
    }

    public List<SimConference> all() {
        return rooms.values().stream().map(Room::view).toList();
    }

    /** Takes the call off its conference (the caller hung up); false when it is on none. */
    public boolean hangUp(String callSid) {
        Seat seat = seats.remove(callSid);
        if (seat == null) {
            return false;
        }
        seat.leave();
        return true;
    }

    public void clear() {
        List.copyOf(seats.keySet()).forEach(this::hangUp);
        rooms.clear();
    }

    /** Joins the call into the account's conference {@code name}; the seat is its place there until it leaves. */
    Seat join(CallSession call, String name, ConferenceCallbacks callbacks) {
        String key = call.accountSid() + "/" + name;
        Room room =
                rooms.compute(key, (k, existing) -> existing == null || existing.ended() ? new Room(name) : existing);
        Seat seat = new Seat(room, call, callbacks);
        seats.put(call.sid(), seat);
        room.join(seat);
        return seat;
    }

    /** One conference: its participants in the order they joined, and the callbacks' sequence numbers. */
    static final class Room {

        private final String sid = Sids.next("CF");
        private final String name;
        private final List<Seat> seats = new ArrayList<>();
        private int sequence;
        private boolean started;

        Room(String name) {
            this.name = name;
        }

        String sid() {
            return sid;
        }

        String name() {
            return name;
        }

        synchronized boolean ended() {
            return started && seats.stream().noneMatch(Seat::present);
        }

        synchronized int nextSequence() {
            return ++sequence;
        }

        private void join(Seat seat) {
            boolean first;
            synchronized (this) {
                first = !started;
                started = true;
                seats.add(seat);
            }
            if (first) {
                seat.callbacks.send(seat.call, this, "conference-start", true);
            }
            seat.callbacks.send(seat.call, this, "participant-join", true);
        }

        private void left(Seat seat) {
            seat.callbacks.send(seat.call, this, "participant-leave", true);
            if (ended()) {
                seat.callbacks.send(seat.call, this, "conference-end", false);
            }
        }

        synchronized SimConference view() {
            String status = ended() ? "completed" : "in-progress";
            return new SimConference(
                    sid,
                    seats.isEmpty() ? "" : seats.getFirst().call.accountSid(),
                    name,
                    status,
                    seats.stream().map(Seat::view).toList());
        }
    }

    /** A call's place in a conference: the call's thread waits on it until the caller hangs up. */
    static final class Seat {

        private final Room room;
        private final CallSession call;
        private final ConferenceCallbacks callbacks;
        private final Instant joinedAt = Instant.now();
        private final CountDownLatch gone = new CountDownLatch(1);
        private volatile Instant leftAt;

        Seat(Room room, CallSession call, ConferenceCallbacks callbacks) {
            this.room = room;
            this.call = call;
            this.callbacks = callbacks;
        }

        boolean present() {
            return leftAt == null;
        }

        /** Blocks the call's thread while the caller is on the conference. */
        void stay() throws InterruptedException {
            gone.await();
        }

        void leave() {
            synchronized (this) {
                if (leftAt != null) {
                    return;
                }
                leftAt = Instant.now();
            }
            call.did("left conference " + room.name());
            room.left(this);
            gone.countDown();
        }

        SimConference.Participant view() {
            return new SimConference.Participant(call.sid(), call.phone(), joinedAt, leftAt);
        }
    }
}
