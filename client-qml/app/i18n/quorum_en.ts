<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaDelegate</name>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Quorum — paperless meeting room</source>
        <translation>Quorum — paperless meeting room</translation>
    </message>
    <message>
        <source>Join the meeting with the PIN on your invitation</source>
        <translation>Join the meeting with the PIN on your invitation</translation>
    </message>
    <message>
        <source>Join the meeting</source>
        <translation>Join the meeting</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:7450</source>
        <translation>e.g. 192.168.1.10:7450</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>or paste a join link</source>
        <translation>or paste a join link</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Quorum tablet</source>
        <translation>Quorum tablet</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Item %1/%2</source>
        <translation>Item %1/%2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Start the agenda</source>
        <translation>Start the agenda</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>You are</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1/%2 present</source>
        <translation>%1/%2 present</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Wrong PIN. Check the PIN on your invitation and try again.</source>
        <translation>Wrong PIN. Check the PIN on your invitation and try again.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a minute, then try again.</source>
        <translation>Too many wrong PINs. Wait a minute, then try again.</translation>
    </message>
    <message>
        <source>This meeting does not exist on the server.</source>
        <translation>This meeting does not exist on the server.</translation>
    </message>
    <message>
        <source>This tablet app and the room server are different versions. Ask the secretary to update the app.</source>
        <translation>This tablet app and the room server are different versions. Ask the secretary to update the app.</translation>
    </message>
    <message>
        <source>Cannot reach the room server. Check the address and the Wi-Fi.</source>
        <translation>Cannot reach the room server. Check the address and the Wi-Fi.</translation>
    </message>
    <message>
        <source>You joined the meeting on another device.</source>
        <translation>You joined the meeting on another device.</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <source>This is not possible at this point of the meeting.</source>
        <translation>This is not possible at this point of the meeting.</translation>
    </message>
    <message>
        <source>Too many actions at once. Please wait a moment.</source>
        <translation>Too many actions at once. Please wait a moment.</translation>
    </message>
    <message>
        <source>This is not a meeting link. A link looks like quorum://192.168.1.10:7450/meeting?pin=123456</source>
        <translation>This is not a meeting link. A link looks like quorum://192.168.1.10:7450/meeting?pin=123456</translation>
    </message>
    <message>
        <source>This server address is not valid. Example: 192.168.1.10:7450</source>
        <translation>This server address is not valid. Example: 192.168.1.10:7450</translation>
    </message>
    <message>
        <source>Something went wrong (error %1). Please try again or ask the secretary.</source>
        <translation>Something went wrong (error %1). Please try again or ask the secretary.</translation>
    </message>
</context>
</TS>
