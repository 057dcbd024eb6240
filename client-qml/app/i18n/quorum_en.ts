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
    <name>AgendaEditor</name>
    <message>
        <source>Presenter: %1</source>
        <translation>Presenter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a PDF for the agenda item</source>
        <translation>Choose a PDF for the agenda item</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Uploading the document…</source>
        <translation>Uploading the document…</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <source>No agenda item yet.</source>
        <translation>No agenda item yet.</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Move “%1” up</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Move “%1” down</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Add a PDF</source>
        <translation>Add a PDF</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Save the item</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>Add the item</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Change “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
</context>
<context>
    <name>AnnotationToolbar</name>
    <message>
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Highlighter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Clear page</source>
        <translation>Clear page</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <source>Absent: %1</source>
        <translation>Absent: %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke the proxy of %1</source>
        <translation>Revoke the proxy of %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Attendance of %1</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>In the room</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
</context>
<context>
    <name>BallotNotice</name>
    <message>
        <source>A vote is open</source>
        <translation>A vote is open</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Vote now</source>
        <translation>Vote now</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Sound: off</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Sound: on</translation>
    </message>
</context>
<context>
    <name>BallotWizard</name>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation>Named vote</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <source>A vote belongs to an agenda item: start the agenda first.</source>
        <translation>A vote belongs to an agenda item: start the agenda first.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Create the vote</source>
        <translation>Create the vote</translation>
    </message>
    <message>
        <source>Ready to open</source>
        <translation>Ready to open</translation>
    </message>
    <message>
        <source>Voting is open</source>
        <translation>Voting is open</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1/%2 voted</source>
        <translation>%1/%2 voted</translation>
    </message>
    <message>
        <source>Everyone has voted</source>
        <translation>Everyone has voted</translation>
    </message>
    <message>
        <source>Not voted yet: %1</source>
        <translation>Not voted yet: %1</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Open the vote</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>New vote</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Yes / No</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Candidate&apos;s name</source>
        <translation>Candidate&apos;s name</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>New option</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>No candidates yet</source>
        <translation>No candidates yet</translation>
    </message>
    <message>
        <source>No options yet</source>
        <translation>No options yet</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Seats: %1</translation>
    </message>
    <message>
        <source>Each voter marks at most: %1</source>
        <translation>Each voter marks at most: %1</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Fewer</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>at most %1 choices</source>
        <translation>at most %1 choices</translation>
    </message>
    <message>
        <source>election of %1</source>
        <translation>election of %1</translation>
    </message>
    <message>
        <source>Decided by the meeting&apos;s rule:</source>
        <translation>Decided by the meeting&apos;s rule:</translation>
    </message>
    <message>
        <source>Decided by (not the meeting&apos;s rule):</source>
        <translation>Decided by (not the meeting&apos;s rule):</translation>
    </message>
    <message numerus="yes">
        <source>%n eligible voter(s) have not voted yet. Close the vote now?</source>
        <translation>
            <numerusform>%n eligible voter has not voted yet. Close the vote now?</numerusform>
            <numerusform>%n eligible voters have not voted yet. Close the vote now?</numerusform>
        </translation>
    </message>
    <message>
        <source>The question to vote on</source>
        <translation>The question to vote on</translation>
    </message>
    <message>
        <source>Change the rule</source>
        <translation>Change the rule</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>Amended text: %1</source>
        <translation>Amended text: %1</translation>
    </message>
    <message>
        <source>Ballot: %1</source>
        <translation>Ballot: %1</translation>
    </message>
    <message>
        <source>Create the ballot on the floor first.</source>
        <translation>Create the ballot on the floor first.</translation>
    </message>
</context>
<context>
    <name>ChairConsole</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Close the list</translation>
    </message>
    <message>
        <source>Reopen the list</source>
        <translation>Reopen the list</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Speaking time: %1 min</source>
        <translation>Speaking time: %1 min</translation>
    </message>
    <message>
        <source>Speaking time: no limit</source>
        <translation>Speaking time: no limit</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>One minute less</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>One minute more</translation>
    </message>
    <message>
        <source>+1′ now</source>
        <translation>+1′ now</translation>
    </message>
    <message>
        <source>One minute more for this speech</source>
        <translation>One minute more for this speech</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak</source>
        <translation>Nobody is waiting to speak</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Point of order</translation>
    </message>
    <message>
        <source>Give floor</source>
        <translation>Give floor</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message numerus="yes">
        <source>%n min wanted</source>
        <translation>
            <numerusform>%n min wanted</numerusform>
            <numerusform>%n min wanted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Scan the delegate&apos;s join card</source>
        <translation>Scan the delegate&apos;s join card</translation>
    </message>
    <message>
        <source>This tablet has no camera. Type the PIN printed on the card below.</source>
        <translation>This tablet has no camera. Type the PIN printed on the card below.</translation>
    </message>
    <message>
        <source>The camera does not work: %1. Type the PIN printed on the card below.</source>
        <translation>The camera does not work: %1. Type the PIN printed on the card below.</translation>
    </message>
    <message>
        <source>Or type the PIN on the card:</source>
        <translation>Or type the PIN on the card:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Checking in…</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>Waiting for the first card</source>
        <translation>Waiting for the first card</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Checked in at this door: %1 · Members present: %2 of %3</source>
        <translation>Checked in at this door: %1 · Members present: %2 of %3</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CumulativePaper</name>
    <message>
        <source>You hold %1 × %2 seats = %3 votes</source>
        <translation>You hold %1 × %2 seats = %3 votes</translation>
    </message>
    <message>
        <source>%1 left of %2 votes</source>
        <translation>%1 left of %2 votes</translation>
    </message>
    <message>
        <source>%1 votes too many: this paper will be invalid</source>
        <translation>%1 votes too many: this paper will be invalid</translation>
    </message>
    <message>
        <source>Give your votes to at least one candidate</source>
        <translation>Give your votes to at least one candidate</translation>
    </message>
    <message>
        <source>This paper is valid; %1 votes not given yet</source>
        <translation>This paper is valid; %1 votes not given yet</translation>
    </message>
    <message>
        <source>This paper is valid: every vote given</source>
        <translation>This paper is valid: every vote given</translation>
    </message>
    <message>
        <source>Split evenly over the %1 names marked</source>
        <translation>Split evenly over the %1 names marked</translation>
    </message>
    <message>
        <source>Mark names to split the votes evenly</source>
        <translation>Mark names to split the votes evenly</translation>
    </message>
    <message>
        <source>Unmark %1</source>
        <translation>Unmark %1</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Mark %1</translation>
    </message>
    <message>
        <source>Votes for %1</source>
        <translation>Votes for %1</translation>
    </message>
    <message>
        <source>Touch a name&apos;s votes to type them</source>
        <translation>Touch a name&apos;s votes to type them</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>All here</source>
        <translation>All here</translation>
    </message>
    <message>
        <source>+ the %1 left</source>
        <translation>+ the %1 left</translation>
    </message>
</context>
<context>
    <name>DelegateFloor</name>
    <message>
        <source>No vote at the moment</source>
        <translation>No vote at the moment</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>The meeting&apos;s details are saved.</source>
        <translation>The meeting&apos;s details are saved.</translation>
    </message>
    <message>
        <source>The agenda is saved.</source>
        <translation>The agenda is saved.</translation>
    </message>
    <message>
        <source>The document is on the agenda item.</source>
        <translation>The document is on the agenda item.</translation>
    </message>
    <message>
        <source>The meeting is convened: its participants may join.</source>
        <translation>The meeting is convened: its participants may join.</translation>
    </message>
    <message>
        <source>The meeting has started.</source>
        <translation>The meeting has started.</translation>
    </message>
    <message>
        <source>The meeting is closed.</source>
        <translation>The meeting is closed.</translation>
    </message>
    <message>
        <source>The signed archive is made and kept on the server.</source>
        <translation>The signed archive is made and kept on the server.</translation>
    </message>
    <message>
        <source>The meeting&apos;s data is removed from the server.</source>
        <translation>The meeting&apos;s data is removed from the server.</translation>
    </message>
    <message>
        <source>PINs issued.</source>
        <translation>PINs issued.</translation>
    </message>
    <message>
        <source>Organiser&apos;s desk</source>
        <translation>Organiser&apos;s desk</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting… (changes are sent again)</source>
        <translation>Connection lost: reconnecting… (changes are sent again)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Close the desk</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>%1 · %2 participants · %3 agenda items</source>
        <translation>%1 · %2 participants · %3 agenda items</translation>
    </message>
    <message>
        <source>Convene</source>
        <translation>Convene</translation>
    </message>
    <message>
        <source>Convene the meeting? Its participants may then join, and every later change of its participants, agenda or details is recorded with a reason.</source>
        <translation>Convene the meeting? Its participants may then join, and every later change of its participants, agenda or details is recorded with a reason.</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <source>Start the meeting now?</source>
        <translation>Start the meeting now?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Close the meeting? The floor stops; the minutes can still be approved and exported.</source>
        <translation>Close the meeting? The floor stops; the minutes can still be approved and exported.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Make the signed archive of the meeting and keep it on the server? Nothing can be changed afterwards.</source>
        <translation>Make the signed archive of the meeting and keep it on the server? Nothing can be changed afterwards.</translation>
    </message>
    <message>
        <source>Remove its data</source>
        <translation>Remove its data</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Agenda and documents</source>
        <translation>Agenda and documents</translation>
    </message>
    <message>
        <source>Participants and PINs</source>
        <translation>Participants and PINs</translation>
    </message>
    <message>
        <source>Remove the meeting&apos;s data from the server? Its log, PINs and tokens go; the signed archive stays. Type the meeting&apos;s id, %1, to confirm.</source>
        <translation>Remove the meeting&apos;s data from the server? Its log, PINs and tokens go; the signed archive stays. Type the meeting&apos;s id, %1, to confirm.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>DeskParticipantForm</name>
    <message>
        <source>Edit a participant</source>
        <translation>Edit a participant</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Votes or shares</source>
        <translation>Votes or shares</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DeskParticipants</name>
    <message>
        <source>Participants (%1)</source>
        <translation>Participants (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <source>Issue PINs (%1)</source>
        <translation>Issue PINs (%1)</translation>
    </message>
    <message>
        <source>Print join cards (%1)</source>
        <translation>Print join cards (%1)</translation>
    </message>
    <message>
        <source>Reason for the change (required once the meeting is convened)</source>
        <translation>Reason for the change (required once the meeting is convened)</translation>
    </message>
    <message>
        <source>An imported list replaces this one</source>
        <translation>An imported list replaces this one</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
    </message>
    <message>
        <source>New PINs are shown only now: print the join cards or note them before leaving this page.</source>
        <translation>New PINs are shown only now: print the join cards or note them before leaving this page.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>PIN issued</source>
        <translation>PIN issued</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>no PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1 from the participants?</source>
        <translation>Remove %1 from the participants?</translation>
    </message>
    <message>
        <source>Save the join cards</source>
        <translation>Save the join cards</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The join cards could not be written.</source>
        <translation>The join cards could not be written.</translation>
    </message>
    <message>
        <source>Join cards saved: %1</source>
        <translation>Join cards saved: %1</translation>
    </message>
</context>
<context>
    <name>DeskReason</name>
    <message>
        <source>The meeting has been convened: this change is recorded with its reason.</source>
        <translation>The meeting has been convened: this change is recorded with its reason.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>Record the change</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Open the organiser&apos;s desk</source>
        <translation>Open the organiser&apos;s desk</translation>
    </message>
    <message>
        <source>The server prints its desk link at every start, and the organiser&apos;s secret once, at its first start.</source>
        <translation>The server prints its desk link at every start, and the organiser&apos;s secret once, at its first start.</translation>
    </message>
    <message>
        <source>Desk link of the server</source>
        <translation>Desk link of the server</translation>
    </message>
    <message>
        <source>Organiser&apos;s secret</source>
        <translation>Organiser&apos;s secret</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Open the desk</translation>
    </message>
</context>
<context>
    <name>DeviceConsole</name>
    <message numerus="yes">
        <source>%n wrong PIN(s) for this meeting</source>
        <translation>
            <numerusform>%n wrong PIN for this meeting</numerusform>
            <numerusform>%n wrong PINs for this meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n address(es)</source>
        <translation>
            <numerusform>from %n address</numerusform>
            <numerusform>from %n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN joins are paused: tablets that joined before still connect. Someone may be guessing PINs.</source>
        <translation>PIN joins are paused: tablets that joined before still connect. Someone may be guessing PINs.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>this tablet</source>
        <translation>this tablet</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Choose the new version (PDF)</source>
        <translation>Choose the new version (PDF)</translation>
    </message>
    <message>
        <source>Choose a PDF document</source>
        <translation>Choose a PDF document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Documents of the agenda</source>
        <translation>Documents of the agenda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>No documents for this item.</source>
        <translation>No documents for this item.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Replace with a new version</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda? Participants will no longer see it.</source>
        <translation>Remove “%1” from the agenda? Participants will no longer see it.</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Remove the document</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents of this item</source>
        <translation>Documents of this item</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>Meeting documents</translation>
    </message>
    <message>
        <source>All documents ready</source>
        <translation>All documents ready</translation>
    </message>
    <message>
        <source>Downloading documents… %1%</source>
        <translation>Downloading documents… %1%</translation>
    </message>
    <message>
        <source>No documents for this item.</source>
        <translation>No documents for this item.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 is presenting “%2”, page %3</source>
        <translation>%1 is presenting “%2”, page %3</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>The chair</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>Follow the presenter</translation>
    </message>
    <message>
        <source>Documents of item %1</source>
        <translation>Documents of item %1</translation>
    </message>
    <message>
        <source>Back to the current item</source>
        <translation>Back to the current item</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF with notes</source>
        <translation>Export PDF with notes</translation>
    </message>
    <message>
        <source>The shared notes are written into the PDF, readable in any PDF reader.</source>
        <translation>The shared notes are written into the PDF, readable in any PDF reader.</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Include my private notes</translation>
    </message>
    <message>
        <source>The server is writing the notes into the PDF…</source>
        <translation>The server is writing the notes into the PDF…</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>Downloading… %1%</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %1 (%n note(s))</source>
        <translation>
            <numerusform>Ready: %1 (%n note)</numerusform>
            <numerusform>Ready: %1 (%n notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open / share</source>
        <translation>Open / share</translation>
    </message>
</context>
<context>
    <name>FingerprintPrompt</name>
    <message>
        <source>First connection to this room server</source>
        <translation>First connection to this room server</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one on the room&apos;s screen or on your join card. Join only if every group is the same.</source>
        <translation>Compare this fingerprint with the one on the room&apos;s screen or on your join card. Join only if every group is the same.</translation>
    </message>
    <message>
        <source>It matches: trust and join</source>
        <translation>It matches: trust and join</translation>
    </message>
    <message>
        <source>It does not match</source>
        <translation>It does not match</translation>
    </message>
    <message>
        <source>The room announced this same fingerprint on the network. Anyone can announce: compare it with the room&apos;s screen or your card all the same.</source>
        <translation>The room announced this same fingerprint on the network. Anyone can announce: compare it with the room&apos;s screen or your card all the same.</translation>
    </message>
    <message>
        <source>This is NOT the fingerprint the room announced on the network. Do not join unless it matches the room&apos;s screen or your card.</source>
        <translation>This is NOT the fingerprint the room announced on the network. Do not join unless it matches the room&apos;s screen or your card.</translation>
    </message>
</context>
<context>
    <name>FollowersBadge</name>
    <message>
        <source>%1/%2 following</source>
        <translation>%1/%2 following</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Following</translation>
    </message>
    <message>
        <source>Not reading</source>
        <translation>Not reading</translation>
    </message>
    <message>
        <source>Another document, page %1</source>
        <translation>Another document, page %1</translation>
    </message>
    <message>
        <source>On page %1</source>
        <translation>On page %1</translation>
    </message>
    <message>
        <source>Who is following</source>
        <translation>Who is following</translation>
    </message>
    <message>
        <source>Nobody else is online</source>
        <translation>Nobody else is online</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Short text</source>
        <translation>Short text</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Long text</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>One choice</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Several choices</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Page or passage</source>
        <translation>Page or passage</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>New form</translation>
    </message>
    <message>
        <source>Title in Vietnamese</source>
        <translation>Title in Vietnamese</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>On the current item</source>
        <translation>On the current item</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Before the meeting</translation>
    </message>
    <message>
        <source>Add a field:</source>
        <translation>Add a field:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Question in Vietnamese</source>
        <translation>Question in Vietnamese</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>Question in English</translation>
    </message>
    <message>
        <source>One choice a line: Vietnamese | English</source>
        <translation>One choice a line: Vietnamese | English</translation>
    </message>
    <message>
        <source>Stars (1 to 10):</source>
        <translation>Stars (1 to 10):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Field %1: </source>
        <translation>Field %1: </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create the form</source>
        <translation>Create the form</translation>
    </message>
</context>
<context>
    <name>FormExportDialog</name>
    <message>
        <source>Export the results</source>
        <translation>Export the results</translation>
    </message>
    <message>
        <source>A PDF laid out like the minutes, with a chart for each choice, and a CSV for a spreadsheet (one line per result, as in the minutes). Anonymous forms carry no names.</source>
        <translation>A PDF laid out like the minutes, with a chart for each choice, and a CSV for a spreadsheet (one line per result, as in the minutes). Anonymous forms carry no names.</translation>
    </message>
    <message>
        <source>The server is writing the files…</source>
        <translation>The server is writing the files…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>Saved on this tablet:</source>
        <translation>Saved on this tablet:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Export again</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Open the CSV</source>
        <translation>Open the CSV</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Passage (search it in the reader)</source>
        <translation>Passage (search it in the reader)</translation>
    </message>
</context>
<context>
    <name>FormSendBar</name>
    <message>
        <source>To send, fill in: %1</source>
        <translation>To send, fill in: %1</translation>
    </message>
    <message>
        <source>Send the correction</source>
        <translation>Send the correction</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Kept on this tablet: it is sent when the connection is back.</source>
        <translation>Kept on this tablet: it is sent when the connection is back.</translation>
    </message>
    <message>
        <source>Draft kept on this tablet.</source>
        <translation>Draft kept on this tablet.</translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Not open yet</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Anonymous feedback</source>
        <translation>Anonymous feedback</translation>
    </message>
    <message>
        <source>Registration to speak</source>
        <translation>Registration to speak</translation>
    </message>
    <message>
        <source>Written questions</source>
        <translation>Written questions</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Motions</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n answered</numerusform>
            <numerusform>%n answered</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>you answered</source>
        <translation>you answered</translation>
    </message>
    <message>
        <source>Open the form</source>
        <translation>Open the form</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Close the form</translation>
    </message>
    <message numerus="yes">
        <source>%n answered. Anonymous answers are shown when the form closes.</source>
        <translation>
            <numerusform>%n answered. Anonymous answers are shown when the form closes.</numerusform>
            <numerusform>%n answered. Anonymous answers are shown when the form closes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Motions, amendments and questions</source>
        <translation>Motions, amendments and questions</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>New form</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Export the results</translation>
    </message>
    <message>
        <source>No amendment form is open on this document.</source>
        <translation>No amendment form is open on this document.</translation>
    </message>
    <message>
        <source>No feedback form is open on this document.</source>
        <translation>No feedback form is open on this document.</translation>
    </message>
    <message>
        <source>Add a form on the current item:</source>
        <translation>Add a form on the current item:</translation>
    </message>
    <message>
        <source>No form yet: add one with the keys above.</source>
        <translation>No form yet: add one with the keys above.</translation>
    </message>
    <message>
        <source>No form yet.</source>
        <translation>No form yet.</translation>
    </message>
    <message>
        <source>Add a form with the keys on the left, open it, and the delegates fill it in on their tablets. Its answers are counted here as they arrive.</source>
        <translation>Add a form with the keys on the left, open it, and the delegates fill it in on their tablets. Its answers are counted here as they arrive.</translation>
    </message>
    <message>
        <source>The forms the chair opens appear on the left: feedback on the draft, registration to speak, written questions, motions and amendments. Tap one to fill it in. To comment on a passage of the draft, search it in the reader and tap “Comment on this passage”.</source>
        <translation>The forms the chair opens appear on the left: feedback on the draft, registration to speak, written questions, motions and amendments. Tap one to fill it in. To comment on a passage of the draft, search it in the reader and tap “Comment on this passage”.</translation>
    </message>
    <message>
        <source>This form is closed.</source>
        <translation>This form is closed.</translation>
    </message>
    <message>
        <source>This form is not open yet.</source>
        <translation>This form is not open yet.</translation>
    </message>
    <message>
        <source>Motions and amendments sent with a form appear here, with where each stands.</source>
        <translation>Motions and amendments sent with a form appear here, with where each stands.</translation>
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
    <message>
        <source>Scan the QR code on the card</source>
        <translation>Scan the QR code on the card</translation>
    </message>
    <message>
        <source>The link is used: server %1. The address and PIN typed above are not.</source>
        <translation>The link is used: server %1. The address and PIN typed above are not.</translation>
    </message>
    <message>
        <source>Organiser&apos;s desk: prepare meetings</source>
        <translation>Organiser&apos;s desk: prepare meetings</translation>
    </message>
</context>
<context>
    <name>JoinScanner</name>
    <message>
        <source>This QR code is not a meeting link. Scan the code on your join card.</source>
        <translation>This QR code is not a meeting link. Scan the code on your join card.</translation>
    </message>
    <message>
        <source>Scan the QR code on your join card</source>
        <translation>Scan the QR code on your join card</translation>
    </message>
    <message>
        <source>This tablet has no camera. Type the server address and the PIN printed on your join card instead.</source>
        <translation>This tablet has no camera. Type the server address and the PIN printed on your join card instead.</translation>
    </message>
    <message>
        <source>The camera does not work: %1. Type the server address and the PIN printed on your join card instead.</source>
        <translation>The camera does not work: %1. Type the server address and the PIN printed on your join card instead.</translation>
    </message>
    <message>
        <source>Hold the card&apos;s QR code in front of the camera.</source>
        <translation>Hold the card&apos;s QR code in front of the camera.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LayerSwitch</name>
    <message>
        <source>My marks:</source>
        <translation>My marks:</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
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
    <name>MeetingEditor</name>
    <message>
        <source>As the kind of body rules</source>
        <translation>As the kind of body rules</translation>
    </message>
    <message>
        <source>The meeting&apos;s details</source>
        <translation>The meeting&apos;s details</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>e.g. Đoàn khối các cơ quan tỉnh</source>
        <translation>e.g. Đoàn khối các cơ quan tỉnh</translation>
    </message>
    <message>
        <source>Body above it</source>
        <translation>Body above it</translation>
    </message>
    <message>
        <source>e.g. Tỉnh đoàn (in the minutes&apos; header)</source>
        <translation>e.g. Tỉnh đoàn (in the minutes&apos; header)</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Kind of body</translation>
    </message>
    <message>
        <source>Resolutions: %1</source>
        <translation>Resolutions: %1</translation>
    </message>
    <message>
        <source>Ballot rule</source>
        <translation>Ballot rule</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Write the date as 07/12/2026 and the time as 8:00.</source>
        <translation>Write the date as 07/12/2026 and the time as 8:00.</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Language of the minutes</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Proxies</translation>
    </message>
    <message>
        <source>allowed, at most per holder:</source>
        <translation>allowed, at most per holder:</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>Minutes&apos; number</source>
        <translation>Minutes&apos; number</translation>
    </message>
    <message>
        <source>e.g. 05/BB-ĐTN</source>
        <translation>e.g. 05/BB-ĐTN</translation>
    </message>
    <message>
        <source>Place in the minutes&apos; date line</source>
        <translation>Place in the minutes&apos; date line</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>e.g. Hà Nội</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>convening no. %1</source>
        <translation>convening no. %1</translation>
    </message>
    <message>
        <source>Convening</source>
        <translation>Convening</translation>
    </message>
    <message>
        <source>Units of the body</source>
        <translation>Units of the body</translation>
    </message>
    <message>
        <source>empty: the units of the participants</source>
        <translation>empty: the units of the participants</translation>
    </message>
    <message>
        <source>Shares (votes) of the body</source>
        <translation>Shares (votes) of the body</translation>
    </message>
    <message>
        <source>empty: the participants&apos; weights</source>
        <translation>empty: the participants&apos; weights</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elections</translation>
    </message>
    <message>
        <source>The chair can change it for each election in the ballot wizard.</source>
        <translation>The chair can change it for each election in the ballot wizard.</translation>
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
    <message>
        <source>Agenda and participants</source>
        <translation>Agenda and participants</translation>
    </message>
    <message>
        <source>Chair console</source>
        <translation>Chair console</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Room screen</translation>
    </message>
    <message>
        <source>Speaking and voting</source>
        <translation>Speaking and voting</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Leave the meeting? This tablet forgets it; you can join again with your PIN.</source>
        <translation>Leave the meeting? This tablet forgets it; you can join again with your PIN.</translation>
    </message>
    <message>
        <source>Leave the meeting</source>
        <translation>Leave the meeting</translation>
    </message>
    <message>
        <source>Devices ⚠</source>
        <translation>Devices ⚠</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
</context>
<context>
    <name>MeetingsList</name>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>Meetings on this server</source>
        <translation>Meetings on this server</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>No meeting on this server yet. Create the first one with &quot;New meeting&quot;.</source>
        <translation>No meeting on this server yet. Create the first one with &quot;New meeting&quot;.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(no title yet)</translation>
    </message>
    <message>
        <source>%1 · %2 participants · %3 agenda items</source>
        <translation>%1 · %2 participants · %3 agenda items</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>e.g. Youth Union executive committee, 5th session</source>
        <translation>e.g. Youth Union executive committee, 5th session</translation>
    </message>
    <message>
        <source>Meeting id (in links and on join cards)</source>
        <translation>Meeting id (in links and on join cards)</translation>
    </message>
    <message>
        <source>Letters a-z, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, at most 64.</source>
        <translation>Letters a-z, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, at most 64.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>Create the draft</translation>
    </message>
</context>
<context>
    <name>MinutesConsole</name>
    <message>
        <source>Not approved yet</source>
        <translation>Not approved yet</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approved by %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Approved and locked</source>
        <translation>Approved and locked</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>No further changes: reopen the minutes (with a reason) to change them.</source>
        <translation>No further changes: reopen the minutes (with a reason) to change them.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>e.g. 05/BB-ĐTN</source>
        <translation>e.g. 05/BB-ĐTN</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>e.g. Hà Nội</translation>
    </message>
    <message>
        <source>General conclusion</source>
        <translation>General conclusion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>You approved</source>
        <translation>You approved</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Reopenings: %1 (last reason: “%2”)</source>
        <translation>Reopenings: %1 (last reason: “%2”)</translation>
    </message>
    <message>
        <source>Reopenings: %1</source>
        <translation>Reopenings: %1</translation>
    </message>
    <message>
        <source>Minutes PDF and archive</source>
        <translation>Minutes PDF and archive</translation>
    </message>
    <message>
        <source>Make the PDF and the archive</source>
        <translation>Make the PDF and the archive</translation>
    </message>
    <message>
        <source>Make them again</source>
        <translation>Make them again</translation>
    </message>
    <message>
        <source>The server is making the PDF and the signed archive…</source>
        <translation>The server is making the PDF and the signed archive…</translation>
    </message>
    <message>
        <source>Downloading to this tablet…</source>
        <translation>Downloading to this tablet…</translation>
    </message>
    <message>
        <source>Approved minutes</source>
        <translation>Approved minutes</translation>
    </message>
    <message>
        <source>Draft (DỰ THẢO)</source>
        <translation>Draft (DỰ THẢO)</translation>
    </message>
    <message>
        <source>Not made yet. The server signs the archive with the key below.</source>
        <translation>Not made yet. The server signs the archive with the key below.</translation>
    </message>
    <message>
        <source>Open the minutes (PDF)</source>
        <translation>Open the minutes (PDF)</translation>
    </message>
    <message>
        <source>Archive saved at: %1</source>
        <translation>Archive saved at: %1</translation>
    </message>
    <message>
        <source>Archive signing key</source>
        <translation>Archive signing key</translation>
    </message>
    <message>
        <source>The server did not say.</source>
        <translation>The server did not say.</translation>
    </message>
    <message>
        <source>Check an archive with: quorum-server verify ARCHIVE --key FINGERPRINT</source>
        <translation>Check an archive with: quorum-server verify ARCHIVE --key FINGERPRINT</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Saving these changes withdraws the approval of %1. The minutes will need to be approved again.</source>
        <translation>Saving these changes withdraws the approval of %1. The minutes will need to be approved again.</translation>
    </message>
    <message>
        <source>Save and withdraw the approval</source>
        <translation>Save and withdraw the approval</translation>
    </message>
    <message>
        <source>Your changes are kept on this tablet. Saving them withdraws the approval of %1.</source>
        <translation>Your changes are kept on this tablet. Saving them withdraws the approval of %1.</translation>
    </message>
    <message>
        <source>This tablet has no program that opens PDF files. Save a copy of the minutes to open it elsewhere?</source>
        <translation>This tablet has no program that opens PDF files. Save a copy of the minutes to open it elsewhere?</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Save the minutes (PDF)</source>
        <translation>Save the minutes (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes saved at: %1</source>
        <translation>Minutes saved at: %1</translation>
    </message>
    <message>
        <source>Notes on this item</source>
        <translation>Notes on this item</translation>
    </message>
    <message>
        <source>Conclusion of this item</source>
        <translation>Conclusion of this item</translation>
    </message>
</context>
<context>
    <name>NearbyRooms</name>
    <message>
        <source>Rooms nearby</source>
        <translation>Rooms nearby</translation>
    </message>
    <message>
        <source>Looking for meeting rooms on this network…</source>
        <translation>Looking for meeting rooms on this network…</translation>
    </message>
    <message>
        <source>This tablet is on no network where rooms can be looked for. Type the address.</source>
        <translation>This tablet is on no network where rooms can be looked for. Type the address.</translation>
    </message>
    <message>
        <source>%1 — needs another version of this app</source>
        <translation>%1 — needs another version of this app</translation>
    </message>
    <message>
        <source>%1 — not encrypted</source>
        <translation>%1 — not encrypted</translation>
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
    <name>ProjectorView</name>
    <message>
        <source>Item %1/%2</source>
        <translation>Item %1/%2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Result of the vote</source>
        <translation>Result of the vote</translation>
    </message>
    <message>
        <source>Voting is open</source>
        <translation>Voting is open</translation>
    </message>
    <message>
        <source>%1/%2 voted</source>
        <translation>%1/%2 voted</translation>
    </message>
</context>
<context>
    <name>ProxyPanel</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>You have given your vote to %1</source>
        <translation>You have given your vote to %1</translation>
    </message>
    <message>
        <source>Take my vote back</source>
        <translation>Take my vote back</translation>
    </message>
    <message>
        <source>You also vote for: %1</source>
        <translation>You also vote for: %1</translation>
    </message>
    <message>
        <source>Give my vote by proxy…</source>
        <translation>Give my vote by proxy…</translation>
    </message>
    <message>
        <source>Who votes for you?</source>
        <translation>Who votes for you?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Give to %1</source>
        <translation>Give to %1</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Give</translation>
    </message>
</context>
<context>
    <name>QuorumBadge</name>
    <message>
        <source>%1/%2 — quorum reached</source>
        <translation>%1/%2 — quorum reached</translation>
    </message>
    <message>
        <source>%1/%2 — %3 short of quorum</source>
        <translation>%1/%2 — %3 short of quorum</translation>
    </message>
    <message>
        <source>Quorum: %1</source>
        <translation>Quorum: %1</translation>
    </message>
</context>
<context>
    <name>QuorumRuleEditor</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>and also</source>
        <translation>and also</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>more than</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>weights (shares)</source>
        <translation>weights (shares)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>of all members of the body</source>
        <translation>of all members of the body</translation>
    </message>
    <message>
        <source>of those convened</source>
        <translation>of those convened</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>no minimum</translation>
    </message>
    <message>
        <source>its own quorum</source>
        <translation>its own quorum</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>as above</translation>
    </message>
    <message>
        <source>Quorum: %1</source>
        <translation>Quorum: %1</translation>
    </message>
    <message>
        <source>This meeting&apos;s own rule</source>
        <translation>This meeting&apos;s own rule</translation>
    </message>
    <message>
        <source>Back to the preset</source>
        <translation>Back to the preset</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>+ A further condition (e.g. two thirds of the units)</source>
        <translation>+ A further condition (e.g. two thirds of the units)</translation>
    </message>
    <message>
        <source>If the meeting is convened again:</source>
        <translation>If the meeting is convened again:</translation>
    </message>
    <message>
        <source>convening no. %1</source>
        <translation>convening no. %1</translation>
    </message>
    <message>
        <source>A quorum&apos;s fraction must be above 0 and at most 1 (e.g. 2 of 3).</source>
        <translation>A quorum&apos;s fraction must be above 0 and at most 1 (e.g. 2 of 3).</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>Follow the presenter</translation>
    </message>
    <message>
        <source>Following the presenter</source>
        <translation>Following the presenter</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Stop presenting</translation>
    </message>
    <message>
        <source>Present this page</source>
        <translation>Present this page</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The document is still downloading…</source>
        <translation>The document is still downloading…</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved on this tablet, sent when the connection returns</source>
        <translation>
            <numerusform>%n mark saved on this tablet, sent when the connection returns</numerusform>
            <numerusform>%n marks saved on this tablet, sent when the connection returns</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Write your note</source>
        <translation>Write your note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Export PDF with notes</source>
        <translation>Export PDF with notes</translation>
    </message>
    <message>
        <source>Pages, outline and search</source>
        <translation>Pages, outline and search</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Page %1: «%2»</source>
        <translation>Page %1: «%2»</translation>
    </message>
    <message>
        <source>Comment on this passage</source>
        <translation>Comment on this passage</translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation>Propose a change</translation>
    </message>
</context>
<context>
    <name>ReaderSidebar</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>This document has no outline.</source>
        <translation>This document has no outline.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Search the document</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 of %n result</numerusform>
            <numerusform>%1 of %n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <source>Result withheld: the ballots do not match the voters</source>
        <translation>Result withheld: the ballots do not match the voters</translation>
    </message>
    <message>
        <source>Tie — a new vote decides</source>
        <translation>Tie — a new vote decides</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Not adopted</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>%1 of %2 voted</source>
        <translation>%1 of %2 voted</translation>
    </message>
    <message>
        <source>Tie broken: %1</source>
        <translation>Tie broken: %1</translation>
    </message>
    <message>
        <source>%1 invalid papers, counted apart</source>
        <translation>%1 invalid papers, counted apart</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>This file is not a list: choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>This file is not a list: choose an Excel workbook (.xlsx) or a CSV file.</translation>
    </message>
    <message>
        <source>The CSV file is not in UTF-8: save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>The CSV file is not in UTF-8: save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete: save it again from the spreadsheet program.</source>
        <translation>The workbook is damaged or incomplete: save it again from the spreadsheet program.</translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name.</source>
        <translation>The workbook has no sheet of that name.</translation>
    </message>
    <message>
        <source>The file is too large for a list of participants.</source>
        <translation>The file is too large for a list of participants.</translation>
    </message>
    <message>
        <source>The list has more rows than a meeting can hold (10,000).</source>
        <translation>The list has more rows than a meeting can hold (10,000).</translation>
    </message>
    <message>
        <source>The sheet has cells far beyond the columns of a list.</source>
        <translation>The sheet has cells far beyond the columns of a list.</translation>
    </message>
    <message>
        <source>The list has a header but no participant.</source>
        <translation>The list has a header but no participant.</translation>
    </message>
    <message>
        <source>No column of names: the header needs &quot;Họ và tên&quot; or &quot;Name&quot;.</source>
        <translation>No column of names: the header needs &quot;Họ và tên&quot; or &quot;Name&quot;.</translation>
    </message>
    <message>
        <source>Two columns mean the same thing (&quot;%1&quot;): keep one.</source>
        <translation>Two columns mean the same thing (&quot;%1&quot;): keep one.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>The row has no name.</translation>
    </message>
    <message>
        <source>The same person as row %1.</source>
        <translation>The same person as row %1.</translation>
    </message>
    <message>
        <source>The same ID as row %1.</source>
        <translation>The same ID as row %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: chair, secretary, delegate or observer.</source>
        <translation>&quot;%1&quot; is not a role: chair, secretary, delegate or observer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive whole number.</source>
        <translation>&quot;%1&quot; is not a positive whole number.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>A PIN is 4 to 12 digits.</translation>
    </message>
    <message>
        <source>The same PIN as row %1.</source>
        <translation>The same PIN as row %1.</translation>
    </message>
    <message>
        <source>The cell is too long.</source>
        <translation>The cell is too long.</translation>
    </message>
    <message>
        <source>This cannot be imported.</source>
        <translation>This cannot be imported.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>column %1 (%2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Choose the list of participants</source>
        <translation>Choose the list of participants</translation>
    </message>
    <message>
        <source>Lists of participants (*.xlsx *.csv)</source>
        <translation>Lists of participants (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import the list of participants</source>
        <translation>Import the list of participants</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with a header row: Họ và tên, Chức vụ, Đơn vị, Vai trò, Số cổ phần…</source>
        <translation>An Excel workbook (.xlsx) or a CSV file with a header row: Họ và tên, Chức vụ, Đơn vị, Vai trò, Số cổ phần…</translation>
    </message>
    <message>
        <source>%1: %2 participants will be imported.</source>
        <translation>%1: %2 participants will be imported.</translation>
    </message>
    <message>
        <source>%1: nothing will be imported until the list is corrected (%2 refused rows).</source>
        <translation>%1: nothing will be imported until the list is corrected (%2 refused rows).</translation>
    </message>
    <message>
        <source>Chair %1 · Secretary %2 · Delegates %3 · Observers %4</source>
        <translation>Chair %1 · Secretary %2 · Delegates %3 · Observers %4</translation>
    </message>
    <message>
        <source>Columns not read: %1</source>
        <translation>Columns not read: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import %1 participants</source>
        <translation>Import %1 participants</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>RulePanel</name>
    <message>
        <source>A rule of a kind of body:</source>
        <translation>A rule of a kind of body:</translation>
    </message>
    <message>
        <source>A rule of our own, part by part</source>
        <translation>A rule of our own, part by part</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <source>the votes for and against</source>
        <translation>the votes for and against</translation>
    </message>
    <message>
        <source>all ballots cast, abstentions included</source>
        <translation>all ballots cast, abstentions included</translation>
    </message>
    <message>
        <source>the valid ballots</source>
        <translation>the valid ballots</translation>
    </message>
    <message>
        <source>those present</source>
        <translation>those present</translation>
    </message>
    <message>
        <source>those convened</source>
        <translation>those convened</translation>
    </message>
    <message>
        <source>all members of the body</source>
        <translation>all members of the body</translation>
    </message>
    <message>
        <source>Fraction</source>
        <translation>Fraction</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>more than</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>On a tie</source>
        <translation>On a tie</translation>
    </message>
    <message>
        <source>not broken (not passed)</source>
        <translation>not broken (not passed)</translation>
    </message>
    <message>
        <source>a new vote</source>
        <translation>a new vote</translation>
    </message>
    <message>
        <source>the older candidate</source>
        <translation>the older candidate</translation>
    </message>
    <message>
        <source>the chair&apos;s casting vote</source>
        <translation>the chair&apos;s casting vote</translation>
    </message>
    <message>
        <source>lots drawn by the secretary</source>
        <translation>lots drawn by the secretary</translation>
    </message>
    <message>
        <source>Count by weight (shares, mandates)</source>
        <translation>Count by weight (shares, mandates)</translation>
    </message>
    <message>
        <source>A ballot keeping more names than seats is invalid</source>
        <translation>A ballot keeping more names than seats is invalid</translation>
    </message>
    <message>
        <source>A ballot striking out every name is invalid</source>
        <translation>A ballot striking out every name is invalid</translation>
    </message>
    <message>
        <source>Cumulative voting (weight × seats, spread at will)</source>
        <translation>Cumulative voting (weight × seats, spread at will)</translation>
    </message>
    <message>
        <source>Valid only if more than half of the voter list take part</source>
        <translation>Valid only if more than half of the voter list take part</translation>
    </message>
    <message>
        <source>The meeting&apos;s rule</source>
        <translation>The meeting&apos;s rule</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SpeakButton</name>
    <message>
        <source>You have the floor</source>
        <translation>You have the floor</translation>
    </message>
    <message>
        <source>Point of order: you are number %1 in line</source>
        <translation>Point of order: you are number %1 in line</translation>
    </message>
    <message>
        <source>You are number %1 in line</source>
        <translation>You are number %1 in line</translation>
    </message>
    <message>
        <source>Speakers waiting: %1</source>
        <translation>Speakers waiting: %1</translation>
    </message>
    <message>
        <source>The list of speakers is closed</source>
        <translation>The list of speakers is closed</translation>
    </message>
    <message>
        <source>Request the floor</source>
        <translation>Request the floor</translation>
    </message>
    <message>
        <source>Withdraw my request</source>
        <translation>Withdraw my request</translation>
    </message>
    <message>
        <source>End my speech</source>
        <translation>End my speech</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Point of order</translation>
    </message>
</context>
<context>
    <name>SpeechTimer</name>
    <message>
        <source>Nobody has the floor</source>
        <translation>Nobody has the floor</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Point of order</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Speaking now</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>of %1 min</source>
        <translation>of %1 min</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>No time limit</translation>
    </message>
</context>
<context>
    <name>StrikeOutPaper</name>
    <message>
        <source>%1 agreed, %2 not agreed (%3 to elect)</source>
        <translation>%1 agreed, %2 not agreed (%3 to elect)</translation>
    </message>
    <message>
        <source>%1 names kept · %2 to elect</source>
        <translation>%1 names kept · %2 to elect</translation>
    </message>
    <message>
        <source>Keep at least one name</source>
        <translation>Keep at least one name</translation>
    </message>
    <message>
        <source>Strike out %1 more to go on</source>
        <translation>Strike out %1 more to go on</translation>
    </message>
    <message>
        <source>Every name is struck out: this paper will be invalid</source>
        <translation>Every name is struck out: this paper will be invalid</translation>
    </message>
    <message>
        <source>More names kept than seats: this paper will be invalid (strike out %1 more)</source>
        <translation>More names kept than seats: this paper will be invalid (strike out %1 more)</translation>
    </message>
    <message>
        <source>This paper is valid</source>
        <translation>This paper is valid</translation>
    </message>
    <message>
        <source>Search a name (no accents needed)</source>
        <translation>Search a name (no accents needed)</translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation>Strike out</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>No name matches “%1”</source>
        <translation>No name matches “%1”</translation>
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
        <source>This server address is not valid. Example: 192.168.1.10:7450</source>
        <translation>This server address is not valid. Example: 192.168.1.10:7450</translation>
    </message>
    <message>
        <source>Something went wrong (error %1). Please try again or ask the secretary.</source>
        <translation>Something went wrong (error %1). Please try again or ask the secretary.</translation>
    </message>
    <message>
        <source>The server did not accept this input.</source>
        <translation>The server did not accept this input.</translation>
    </message>
    <message>
        <source>Simple majority: more than half of the votes cast</source>
        <translation>Simple majority: more than half of the votes cast</translation>
    </message>
    <message>
        <source>More than half of the members present</source>
        <translation>More than half of the members present</translation>
    </message>
    <message>
        <source>More than half of the members convened</source>
        <translation>More than half of the members convened</translation>
    </message>
    <message>
        <source>More than half of all members</source>
        <translation>More than half of all members</translation>
    </message>
    <message>
        <source>At least two thirds of the members present</source>
        <translation>At least two thirds of the members present</translation>
    </message>
    <message>
        <source>At least two thirds of all members</source>
        <translation>At least two thirds of all members</translation>
    </message>
    <message>
        <source>At least two thirds of the votes cast</source>
        <translation>At least two thirds of the votes cast</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>In the room</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>The vote has ended.</source>
        <translation>The vote has ended.</translation>
    </message>
    <message>
        <source>This vote has already been recorded.</source>
        <translation>This vote has already been recorded.</translation>
    </message>
    <message>
        <source>Check in before voting.</source>
        <translation>Check in before voting.</translation>
    </message>
    <message>
        <source>You gave your vote by proxy.</source>
        <translation>You gave your vote by proxy.</translation>
    </message>
    <message>
        <source>You do not hold this proxy.</source>
        <translation>You do not hold this proxy.</translation>
    </message>
    <message>
        <source>The quorum is not reached: the vote cannot open.</source>
        <translation>The quorum is not reached: the vote cannot open.</translation>
    </message>
    <message>
        <source>Another vote is open. Close it first.</source>
        <translation>Another vote is open. Close it first.</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>The list of speakers is closed.</translation>
    </message>
    <message>
        <source>You are already on the list of speakers.</source>
        <translation>You are already on the list of speakers.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak.</source>
        <translation>Nobody is waiting to speak.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Nobody has the floor.</translation>
    </message>
    <message>
        <source>This meeting allows no proxies.</source>
        <translation>This meeting allows no proxies.</translation>
    </message>
    <message>
        <source>This member has given his or her own vote by proxy.</source>
        <translation>This member has given his or her own vote by proxy.</translation>
    </message>
    <message>
        <source>You hold proxies yourself: you cannot give your vote.</source>
        <translation>You hold proxies yourself: you cannot give your vote.</translation>
    </message>
    <message>
        <source>This member already holds the most proxies allowed.</source>
        <translation>This member already holds the most proxies allowed.</translation>
    </message>
    <message>
        <source>There is no proxy to revoke.</source>
        <translation>There is no proxy to revoke.</translation>
    </message>
    <message>
        <source>There are more seats than candidates.</source>
        <translation>There are more seats than candidates.</translation>
    </message>
    <message>
        <source>There are more choices than options.</source>
        <translation>There are more choices than options.</translation>
    </message>
    <message>
        <source>Give at least two options, or one candidate.</source>
        <translation>Give at least two options, or one candidate.</translation>
    </message>
    <message>
        <source>Uploading “%1”… %2%</source>
        <translation>Uploading “%1”… %2%</translation>
    </message>
    <message>
        <source>The server is checking “%1”…</source>
        <translation>The server is checking “%1”…</translation>
    </message>
    <message>
        <source>Adding “%1” to the agenda…</source>
        <translation>Adding “%1” to the agenda…</translation>
    </message>
    <message>
        <source>New version of “%1” added.</source>
        <translation>New version of “%1” added.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>“%1” added.</translation>
    </message>
    <message>
        <source>“%1” could not be added.</source>
        <translation>“%1” could not be added.</translation>
    </message>
    <message>
        <source>The file is too large (at most 200 MB and 3000 pages).</source>
        <translation>The file is too large (at most 200 MB and 3000 pages).</translation>
    </message>
    <message>
        <source>This file is not a PDF. Choose a PDF document.</source>
        <translation>This file is not a PDF. Choose a PDF document.</translation>
    </message>
    <message>
        <source>The PDF is incomplete (cut off). Copy the file again and retry.</source>
        <translation>The PDF is incomplete (cut off). Copy the file again and retry.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Save it without a password and retry.</source>
        <translation>The PDF is protected by a password. Save it without a password and retry.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>The PDF is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The file changed or was damaged during the upload. Try again.</source>
        <translation>The file changed or was damaged during the upload. Try again.</translation>
    </message>
    <message>
        <source>Other uploads are still under way. Wait a moment and retry.</source>
        <translation>Other uploads are still under way. Wait a moment and retry.</translation>
    </message>
    <message>
        <source>The upload was interrupted. Try again.</source>
        <translation>The upload was interrupted. Try again.</translation>
    </message>
    <message>
        <source>The file cannot be read on this tablet.</source>
        <translation>The file cannot be read on this tablet.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>own tablet</source>
        <translation>own tablet</translation>
    </message>
    <message>
        <source>card at the door</source>
        <translation>card at the door</translation>
    </message>
    <message>
        <source>by the secretary</source>
        <translation>by the secretary</translation>
    </message>
    <message>
        <source>This is not a join card. Scan the QR code on the delegate&apos;s card, or type its PIN.</source>
        <translation>This is not a join card. Scan the QR code on the delegate&apos;s card, or type its PIN.</translation>
    </message>
    <message>
        <source>This card is for another meeting.</source>
        <translation>This card is for another meeting.</translation>
    </message>
    <message>
        <source>Unknown card: nobody in this meeting has this PIN.</source>
        <translation>Unknown card: nobody in this meeting has this PIN.</translation>
    </message>
    <message>
        <source>Too many unknown cards. Wait a minute, then try again.</source>
        <translation>Too many unknown cards. Wait a minute, then try again.</translation>
    </message>
    <message>
        <source>Only the secretary or the chair can check people in.</source>
        <translation>Only the secretary or the chair can check people in.</translation>
    </message>
    <message>
        <source>The check-in failed.</source>
        <translation>The check-in failed.</translation>
    </message>
    <message>
        <source>This tablet has not met this room server before. Compare its fingerprint before joining.</source>
        <translation>This tablet has not met this room server before. Compare its fingerprint before joining.</translation>
    </message>
    <message>
        <source>Refused: this server&apos;s certificate is not the one this tablet trusts for this address. Someone may be posing as the room server. Nothing was sent. Ask the secretary, or scan the QR code of your join card again.</source>
        <translation>Refused: this server&apos;s certificate is not the one this tablet trusts for this address. Someone may be posing as the room server. Nothing was sent. Ask the secretary, or scan the QR code of your join card again.</translation>
    </message>
    <message>
        <source>The secretary removed this tablet from the meeting. Type your PIN to join again.</source>
        <translation>The secretary removed this tablet from the meeting. Type your PIN to join again.</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed for this meeting. Ask the secretary; tablets that joined before still connect.</source>
        <translation>Too many wrong PINs were typed for this meeting. Ask the secretary; tablets that joined before still connect.</translation>
    </message>
    <message>
        <source>Your PIN is in use on too many devices at once. Leave the meeting on one of them.</source>
        <translation>Your PIN is in use on too many devices at once. Leave the meeting on one of them.</translation>
    </message>
    <message>
        <source>This tablet sent a name that is too long. Ask the secretary to update the app.</source>
        <translation>This tablet sent a name that is too long. Ask the secretary to update the app.</translation>
    </message>
    <message>
        <source>You have stored the most annotations allowed on this document.</source>
        <translation>You have stored the most annotations allowed on this document.</translation>
    </message>
    <message>
        <source>This is not a meeting link. A link looks like quorums://192.168.1.10:7450/meeting?pin=123456&amp;fp=…</source>
        <translation>This is not a meeting link. A link looks like quorums://192.168.1.10:7450/meeting?pin=123456&amp;fp=…</translation>
    </message>
    <message>
        <source>The meeting has not been set up on the server yet.</source>
        <translation>The meeting has not been set up on the server yet.</translation>
    </message>
    <message>
        <source>You are not a participant of this meeting.</source>
        <translation>You are not a participant of this meeting.</translation>
    </message>
    <message>
        <source>The room server does not know this action. Ask the secretary to update the app.</source>
        <translation>The room server does not know this action. Ask the secretary to update the app.</translation>
    </message>
    <message>
        <source>Your role in this meeting does not allow this.</source>
        <translation>Your role in this meeting does not allow this.</translation>
    </message>
    <message>
        <source>The server could not accept this action from this tablet. Ask the secretary to update the app.</source>
        <translation>The server could not accept this action from this tablet. Ask the secretary to update the app.</translation>
    </message>
    <message>
        <source>The meeting file is incomplete. Ask the secretary to check it.</source>
        <translation>The meeting file is incomplete. Ask the secretary to check it.</translation>
    </message>
    <message>
        <source>The meeting is already set up.</source>
        <translation>The meeting is already set up.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>This agenda item no longer exists.</translation>
    </message>
    <message>
        <source>The agenda moves one item at a time.</source>
        <translation>The agenda moves one item at a time.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <source>No agenda item is under way.</source>
        <translation>No agenda item is under way.</translation>
    </message>
    <message>
        <source>This is already the first item of the agenda.</source>
        <translation>This is already the first item of the agenda.</translation>
    </message>
    <message>
        <source>This is already the last item of the agenda.</source>
        <translation>This is already the last item of the agenda.</translation>
    </message>
    <message>
        <source>This person is not a participant of the meeting.</source>
        <translation>This person is not a participant of the meeting.</translation>
    </message>
    <message>
        <source>Choose in the room, online or absent.</source>
        <translation>Choose in the room, online or absent.</translation>
    </message>
    <message>
        <source>The reason for the absence is too long (at most 500 characters).</source>
        <translation>The reason for the absence is too long (at most 500 characters).</translation>
    </message>
    <message>
        <source>Only a member with a vote can give a proxy.</source>
        <translation>Only a member with a vote can give a proxy.</translation>
    </message>
    <message>
        <source>A proxy goes to another member with a vote.</source>
        <translation>A proxy goes to another member with a vote.</translation>
    </message>
    <message>
        <source>Only the member who gave the proxy, or the chair, can take it back.</source>
        <translation>Only the member who gave the proxy, or the chair, can take it back.</translation>
    </message>
    <message>
        <source>Scan a join card or type its PIN.</source>
        <translation>Scan a join card or type its PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed for this meeting: cards are not checked for a while. Pick the delegate from the list instead.</source>
        <translation>Too many wrong PINs were typed for this meeting: cards are not checked for a while. Pick the delegate from the list instead.</translation>
    </message>
    <message>
        <source>You have the floor already.</source>
        <translation>You have the floor already.</translation>
    </message>
    <message>
        <source>You are not on the list of speakers.</source>
        <translation>You are not on the list of speakers.</translation>
    </message>
    <message>
        <source>This person is no longer on the list of speakers.</source>
        <translation>This person is no longer on the list of speakers.</translation>
    </message>
    <message>
        <source>This person cannot be given the floor.</source>
        <translation>This person cannot be given the floor.</translation>
    </message>
    <message>
        <source>There is no such place in the list of speakers.</source>
        <translation>There is no such place in the list of speakers.</translation>
    </message>
    <message>
        <source>A speaking time is at most 24 hours.</source>
        <translation>A speaking time is at most 24 hours.</translation>
    </message>
    <message>
        <source>No speech is running.</source>
        <translation>No speech is running.</translation>
    </message>
    <message>
        <source>No speech is paused.</source>
        <translation>No speech is paused.</translation>
    </message>
    <message>
        <source>Only the chair or the speaker can end a speech.</source>
        <translation>Only the chair or the speaker can end a speech.</translation>
    </message>
    <message>
        <source>This vote could not be created. Ask the secretary to update the app.</source>
        <translation>This vote could not be created. Ask the secretary to update the app.</translation>
    </message>
    <message>
        <source>A vote with this number already exists.</source>
        <translation>A vote with this number already exists.</translation>
    </message>
    <message>
        <source>Choose the agenda item the vote belongs to.</source>
        <translation>Choose the agenda item the vote belongs to.</translation>
    </message>
    <message>
        <source>Type the question of the vote (at most 2,000 characters).</source>
        <translation>Type the question of the vote (at most 2,000 characters).</translation>
    </message>
    <message>
        <source>A secret vote cannot let voters change their vote.</source>
        <translation>A secret vote cannot let voters change their vote.</translation>
    </message>
    <message>
        <source>An agree/disagree vote has the options Agree, Disagree and Abstain.</source>
        <translation>An agree/disagree vote has the options Agree, Disagree and Abstain.</translation>
    </message>
    <message>
        <source>Every option needs a name.</source>
        <translation>Every option needs a name.</translation>
    </message>
    <message>
        <source>An option has at most 500 characters.</source>
        <translation>An option has at most 500 characters.</translation>
    </message>
    <message>
        <source>Choose the kind of vote.</source>
        <translation>Choose the kind of vote.</translation>
    </message>
    <message>
        <source>The rule for passing is not valid.</source>
        <translation>The rule for passing is not valid.</translation>
    </message>
    <message>
        <source>This vote no longer exists.</source>
        <translation>This vote no longer exists.</translation>
    </message>
    <message>
        <source>This vote has ended. Create a new one to vote again.</source>
        <translation>This vote has ended. Create a new one to vote again.</translation>
    </message>
    <message>
        <source>Only members with a vote can vote.</source>
        <translation>Only members with a vote can vote.</translation>
    </message>
    <message>
        <source>Choose an option: this vote allows no blank ballot.</source>
        <translation>Choose an option: this vote allows no blank ballot.</translation>
    </message>
    <message>
        <source>You chose more options than this vote allows.</source>
        <translation>You chose more options than this vote allows.</translation>
    </message>
    <message>
        <source>This option is not on the ballot.</source>
        <translation>This option is not on the ballot.</translation>
    </message>
    <message>
        <source>An option was chosen twice.</source>
        <translation>An option was chosen twice.</translation>
    </message>
    <message>
        <source>A member is listed twice in this vote.</source>
        <translation>A member is listed twice in this vote.</translation>
    </message>
    <message>
        <source>This vote is not open.</source>
        <translation>This vote is not open.</translation>
    </message>
    <message>
        <source>This vote is already closed or cancelled.</source>
        <translation>This vote is already closed or cancelled.</translation>
    </message>
    <message>
        <source>This document could not be added. Ask the secretary to update the app.</source>
        <translation>This document could not be added. Ask the secretary to update the app.</translation>
    </message>
    <message>
        <source>The title or the file name is too long.</source>
        <translation>The title or the file name is too long.</translation>
    </message>
    <message>
        <source>The server does not have this file. Upload it again.</source>
        <translation>The server does not have this file. Upload it again.</translation>
    </message>
    <message>
        <source>This document is no longer in the meeting.</source>
        <translation>This document is no longer in the meeting.</translation>
    </message>
    <message>
        <source>The server could not read this document.</source>
        <translation>The server could not read this document.</translation>
    </message>
    <message>
        <source>An observer cannot present.</source>
        <translation>An observer cannot present.</translation>
    </message>
    <message>
        <source>Only the presenter can show pages to everyone.</source>
        <translation>Only the presenter can show pages to everyone.</translation>
    </message>
    <message>
        <source>This page is not in the document.</source>
        <translation>This page is not in the document.</translation>
    </message>
    <message>
        <source>The part of the page to show is not within the page.</source>
        <translation>The part of the page to show is not within the page.</translation>
    </message>
    <message>
        <source>The download could not resume. Try again.</source>
        <translation>The download could not resume. Try again.</translation>
    </message>
    <message>
        <source>This file holds another participant&apos;s private notes.</source>
        <translation>This file holds another participant&apos;s private notes.</translation>
    </message>
    <message>
        <source>Too many downloads at once. Wait a moment.</source>
        <translation>Too many downloads at once. Wait a moment.</translation>
    </message>
    <message>
        <source>The server cannot read this document&apos;s file. Ask the secretary.</source>
        <translation>The server cannot read this document&apos;s file. Ask the secretary.</translation>
    </message>
    <message>
        <source>Open a document to follow the presenter.</source>
        <translation>Open a document to follow the presenter.</translation>
    </message>
    <message>
        <source>Other exports are running. Try again in a moment.</source>
        <translation>Other exports are running. Try again in a moment.</translation>
    </message>
    <message>
        <source>The server could not write the notes into the PDF.</source>
        <translation>The server could not write the notes into the PDF.</translation>
    </message>
    <message>
        <source>This annotation could not be saved. Ask the secretary to update the app.</source>
        <translation>This annotation could not be saved. Ask the secretary to update the app.</translation>
    </message>
    <message>
        <source>This annotation clashes with another one. Draw it again.</source>
        <translation>This annotation clashes with another one. Draw it again.</translation>
    </message>
    <message>
        <source>This annotation is already gone.</source>
        <translation>This annotation is already gone.</translation>
    </message>
    <message>
        <source>Only ink, highlights and notes can be erased.</source>
        <translation>Only ink, highlights and notes can be erased.</translation>
    </message>
    <message>
        <source>Only its author (or the chair, on shared notes) can erase this.</source>
        <translation>Only its author (or the chair, on shared notes) can erase this.</translation>
    </message>
    <message>
        <source>Only the presenter can draw on the presentation.</source>
        <translation>Only the presenter can draw on the presentation.</translation>
    </message>
    <message>
        <source>Choose where the annotation goes: private, shared or presentation.</source>
        <translation>Choose where the annotation goes: private, shared or presentation.</translation>
    </message>
    <message>
        <source>This drawing is off the page or too large.</source>
        <translation>This drawing is off the page or too large.</translation>
    </message>
    <message>
        <source>A note needs some text, at most 4,000 characters.</source>
        <translation>A note needs some text, at most 4,000 characters.</translation>
    </message>
    <message>
        <source>This annotation is empty.</source>
        <translation>This annotation is empty.</translation>
    </message>
    <message>
        <source>You have made the most annotations allowed on this document. Erase some to add more.</source>
        <translation>You have made the most annotations allowed on this document. Erase some to add more.</translation>
    </message>
    <message>
        <source>Your annotations on this document take the most space allowed. Erase some to add more.</source>
        <translation>Your annotations on this document take the most space allowed. Erase some to add more.</translation>
    </message>
    <message>
        <source>Observers do not draw.</source>
        <translation>Observers do not draw.</translation>
    </message>
    <message>
        <source>The minutes are approved. Reopen them before changing them.</source>
        <translation>The minutes are approved. Reopen them before changing them.</translation>
    </message>
    <message>
        <source>The text is too long for the minutes.</source>
        <translation>The text is too long for the minutes.</translation>
    </message>
    <message>
        <source>The number and the place belong to the minutes as a whole.</source>
        <translation>The number and the place belong to the minutes as a whole.</translation>
    </message>
    <message>
        <source>The number or the place is too long (at most 200 characters).</source>
        <translation>The number or the place is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>The minutes are not approved: there is nothing to reopen.</source>
        <translation>The minutes are not approved: there is nothing to reopen.</translation>
    </message>
    <message>
        <source>Give a reason for reopening the minutes.</source>
        <translation>Give a reason for reopening the minutes.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 1,000 characters).</source>
        <translation>The reason is too long (at most 1,000 characters).</translation>
    </message>
    <message>
        <source>The minutes are being exported already. Wait for it to finish.</source>
        <translation>The minutes are being exported already. Wait for it to finish.</translation>
    </message>
    <message>
        <source>This room server cannot export minutes.</source>
        <translation>This room server cannot export minutes.</translation>
    </message>
    <message>
        <source>The server could not make the minutes PDF and the archive. Try again, or ask for support.</source>
        <translation>The server could not make the minutes PDF and the archive. Try again, or ask for support.</translation>
    </message>
    <message>
        <source>This device is no longer in the list.</source>
        <translation>This device is no longer in the list.</translation>
    </message>
    <message>
        <source>The server could not register this device. Try again.</source>
        <translation>The server could not register this device. Try again.</translation>
    </message>
    <message>
        <source>The meeting is not at the step where this can be done.</source>
        <translation>The meeting is not at the step where this can be done.</translation>
    </message>
    <message>
        <source>The meeting has been convened: give a reason for this change.</source>
        <translation>The meeting has been convened: give a reason for this change.</translation>
    </message>
    <message>
        <source>The meeting is over: it can no longer be changed.</source>
        <translation>The meeting is over: it can no longer be changed.</translation>
    </message>
    <message>
        <source>A participant needs an id, a name and a role.</source>
        <translation>A participant needs an id, a name and a role.</translation>
    </message>
    <message>
        <source>A participant with this id is already in the list.</source>
        <translation>A participant with this id is already in the list.</translation>
    </message>
    <message>
        <source>This person is not in the list of participants.</source>
        <translation>This person is not in the list of participants.</translation>
    </message>
    <message>
        <source>This participant already takes part in the meeting: their role and vote stay.</source>
        <translation>This participant already takes part in the meeting: their role and vote stay.</translation>
    </message>
    <message>
        <source>An agenda item needs an id and a title, and lasts at most a day.</source>
        <translation>An agenda item needs an id and a title, and lasts at most a day.</translation>
    </message>
    <message>
        <source>An agenda item with this id already exists.</source>
        <translation>An agenda item with this id already exists.</translation>
    </message>
    <message>
        <source>This agenda item is current or holds documents, votes or speeches.</source>
        <translation>This agenda item is current or holds documents, votes or speeches.</translation>
    </message>
    <message>
        <source>There is no such place in the agenda.</source>
        <translation>There is no such place in the agenda.</translation>
    </message>
    <message>
        <source>Check the meeting&apos;s title, quorum and voting rule.</source>
        <translation>Check the meeting&apos;s title, quorum and voting rule.</translation>
    </message>
    <message>
        <source>A text is too long.</source>
        <translation>A text is too long.</translation>
    </message>
    <message>
        <source>Some rows of the list were refused; nothing was imported.</source>
        <translation>Some rows of the list were refused; nothing was imported.</translation>
    </message>
    <message>
        <source>A meeting cannot hold that many participants or agenda items, and one import carries at most about 4 MB: import the list in parts.</source>
        <translation>A meeting cannot hold that many participants or agenda items, and one import carries at most about 4 MB: import the list in parts.</translation>
    </message>
    <message>
        <source>The meeting needs a title and a chair.</source>
        <translation>The meeting needs a title and a chair.</translation>
    </message>
    <message>
        <source>Type the meeting&apos;s id to confirm the removal.</source>
        <translation>Type the meeting&apos;s id to confirm the removal.</translation>
    </message>
    <message>
        <source>Only the organiser of this server can do this.</source>
        <translation>Only the organiser of this server can do this.</translation>
    </message>
    <message>
        <source>The archive could not be made. Try again.</source>
        <translation>The archive could not be made. Try again.</translation>
    </message>
    <message>
        <source>The votes given to the candidates do not match the names kept.</source>
        <translation>The votes given to the candidates do not match the names kept.</translation>
    </message>
    <message>
        <source>This vote has no tie waiting for a decision.</source>
        <translation>This vote has no tie waiting for a decision.</translation>
    </message>
    <message>
        <source>The rule of this vote breaks a tie another way.</source>
        <translation>The rule of this vote breaks a tie another way.</translation>
    </message>
    <message>
        <source>Choose among those tied, as many as the seats left.</source>
        <translation>Choose among those tied, as many as the seats left.</translation>
    </message>
    <message>
        <source>Only the chair gives the casting vote.</source>
        <translation>Only the chair gives the casting vote.</translation>
    </message>
    <message>
        <source>The turnout of this rule is not a proper fraction.</source>
        <translation>The turnout of this rule is not a proper fraction.</translation>
    </message>
    <message>
        <source>A form or field needs an id of 1 to 64 characters.</source>
        <translation>A form or field needs an id of 1 to 64 characters.</translation>
    </message>
    <message>
        <source>A form with this id exists already.</source>
        <translation>A form with this id exists already.</translation>
    </message>
    <message>
        <source>The meeting has the most forms allowed.</source>
        <translation>The meeting has the most forms allowed.</translation>
    </message>
    <message>
        <source>The form needs a title (at most 500 characters).</source>
        <translation>The form needs a title (at most 500 characters).</translation>
    </message>
    <message>
        <source>A field of the form is incomplete: it needs a kind, a label and, for a choice, its choices.</source>
        <translation>A field of the form is incomplete: it needs a kind, a label and, for a choice, its choices.</translation>
    </message>
    <message>
        <source>The form needs 1 to 50 fields, each with at most 50 choices.</source>
        <translation>The form needs 1 to 50 fields, each with at most 50 choices.</translation>
    </message>
    <message>
        <source>This agenda item does not exist.</source>
        <translation>This agenda item does not exist.</translation>
    </message>
    <message>
        <source>This document is not in the meeting.</source>
        <translation>This document is not in the meeting.</translation>
    </message>
    <message>
        <source>This workflow does not exist or is not valid.</source>
        <translation>This workflow does not exist or is not valid.</translation>
    </message>
    <message>
        <source>An anonymous form cannot follow a workflow.</source>
        <translation>An anonymous form cannot follow a workflow.</translation>
    </message>
    <message>
        <source>This form does not exist.</source>
        <translation>This form does not exist.</translation>
    </message>
    <message>
        <source>This form has been opened already. Make a new one.</source>
        <translation>This form has been opened already. Make a new one.</translation>
    </message>
    <message>
        <source>This form is not open for answers.</source>
        <translation>This form is not open for answers.</translation>
    </message>
    <message>
        <source>You have answered this form already. Correct your answer instead.</source>
        <translation>You have answered this form already. Correct your answer instead.</translation>
    </message>
    <message>
        <source>The answer has a field that the form does not have.</source>
        <translation>The answer has a field that the form does not have.</translation>
    </message>
    <message>
        <source>An answer does not fit its field (text, number, choice…).</source>
        <translation>An answer does not fit its field (text, number, choice…).</translation>
    </message>
    <message>
        <source>Fill in every required field.</source>
        <translation>Fill in every required field.</translation>
    </message>
    <message>
        <source>This choice is not one of the form&apos;s.</source>
        <translation>This choice is not one of the form&apos;s.</translation>
    </message>
    <message>
        <source>Too many choices are marked.</source>
        <translation>Too many choices are marked.</translation>
    </message>
    <message>
        <source>A number, rating or date is outside what the form allows.</source>
        <translation>A number, rating or date is outside what the form allows.</translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation>The answer is too long.</translation>
    </message>
    <message>
        <source>The selected passage is not in the document&apos;s page.</source>
        <translation>The selected passage is not in the document&apos;s page.</translation>
    </message>
    <message>
        <source>The tablet could not seal the anonymous answer. Update the app.</source>
        <translation>The tablet could not seal the anonymous answer. Update the app.</translation>
    </message>
    <message>
        <source>This answer is not yours to correct.</source>
        <translation>This answer is not yours to correct.</translation>
    </message>
    <message>
        <source>This has been dealt with already and can no longer be corrected.</source>
        <translation>This has been dealt with already and can no longer be corrected.</translation>
    </message>
    <message>
        <source>You have sent the most answers allowed on this form.</source>
        <translation>You have sent the most answers allowed on this form.</translation>
    </message>
    <message>
        <source>This motion, amendment or question does not exist.</source>
        <translation>This motion, amendment or question does not exist.</translation>
    </message>
    <message>
        <source>This step cannot be taken from where it is now.</source>
        <translation>This step cannot be taken from where it is now.</translation>
    </message>
    <message>
        <source>You may not take this step.</source>
        <translation>You may not take this step.</translation>
    </message>
    <message>
        <source>Choose the ballot that decides it.</source>
        <translation>Choose the ballot that decides it.</translation>
    </message>
    <message>
        <source>This ballot does not exist.</source>
        <translation>This ballot does not exist.</translation>
    </message>
    <message>
        <source>This ballot decides something else already.</source>
        <translation>This ballot decides something else already.</translation>
    </message>
    <message>
        <source>The ballot has no result yet.</source>
        <translation>The ballot has no result yet.</translation>
    </message>
    <message>
        <source>The ballot&apos;s result does not allow this step.</source>
        <translation>The ballot&apos;s result does not allow this step.</translation>
    </message>
    <message>
        <source>Choose the participant it is assigned to.</source>
        <translation>Choose the participant it is assigned to.</translation>
    </message>
    <message>
        <source>The workflow is not valid.</source>
        <translation>The workflow is not valid.</translation>
    </message>
    <message>
        <source>The note is too long (at most 2,000 characters).</source>
        <translation>The note is too long (at most 2,000 characters).</translation>
    </message>
    <message>
        <source>An export is being made. Try again in a moment.</source>
        <translation>An export is being made. Try again in a moment.</translation>
    </message>
    <message>
        <source>The server could not write the files. Try again; if it fails again, tell the technician.</source>
        <translation>The server could not write the files. Try again; if it fails again, tell the technician.</translation>
    </message>
    <message>
        <source>This form was never opened: there are no results to export.</source>
        <translation>This form was never opened: there are no results to export.</translation>
    </message>
    <message>
        <source>In the room</source>
        <comment>presence in a list row, short</comment>
        <translation>In the room</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>presence in a list row, short</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>The copy could not be saved: the minutes PDF is not on this tablet yet.</source>
        <translation>The copy could not be saved: the minutes PDF is not on this tablet yet.</translation>
    </message>
    <message>
        <source>The copy could not be saved: choose a place on this tablet.</source>
        <translation>The copy could not be saved: choose a place on this tablet.</translation>
    </message>
    <message>
        <source>The copy could not be saved: this tablet could not write the file there (full, or not allowed). Choose another place.</source>
        <translation>The copy could not be saved: this tablet could not write the file there (full, or not allowed). Choose another place.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>Convened</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Running (meeting file)</source>
        <translation>Running (meeting file)</translation>
    </message>
    <message>
        <source>This is not the desk link of a server. It looks like quorums://192.168.1.10:7450/?desk&amp;fp=…</source>
        <translation>This is not the desk link of a server. It looks like quorums://192.168.1.10:7450/?desk&amp;fp=…</translation>
    </message>
    <message>
        <source>Type the organiser&apos;s secret, printed at the server&apos;s first start.</source>
        <translation>Type the organiser&apos;s secret, printed at the server&apos;s first start.</translation>
    </message>
    <message>
        <source>Wrong organiser&apos;s secret. Check the secret the server printed at its first start.</source>
        <translation>Wrong organiser&apos;s secret. Check the secret the server printed at its first start.</translation>
    </message>
    <message>
        <source>Too many wrong secrets were typed. Wait a minute, then try again.</source>
        <translation>Too many wrong secrets were typed. Wait a minute, then try again.</translation>
    </message>
</context>
<context>
    <name>TiePanel</name>
    <message>
        <source>Your casting vote: choose who takes the %1 seat(s) left</source>
        <translation>Your casting vote: choose who takes the %1 seat(s) left</translation>
    </message>
    <message>
        <source>Waiting for the chair&apos;s casting vote</source>
        <translation>Waiting for the chair&apos;s casting vote</translation>
    </message>
    <message>
        <source>Record the lots drawn: who takes the %1 seat(s) left</source>
        <translation>Record the lots drawn: who takes the %1 seat(s) left</translation>
    </message>
    <message>
        <source>Waiting for the secretary to record the lots drawn</source>
        <translation>Waiting for the secretary to record the lots drawn</translation>
    </message>
    <message>
        <source>Record the older candidate(s), from the papers: %1 seat(s) left</source>
        <translation>Record the older candidate(s), from the papers: %1 seat(s) left</translation>
    </message>
    <message>
        <source>Waiting for the secretary to record the older candidate</source>
        <translation>Waiting for the secretary to record the older candidate</translation>
    </message>
    <message>
        <source>How the lots were drawn (for the minutes)</source>
        <translation>How the lots were drawn (for the minutes)</translation>
    </message>
    <message>
        <source>A note for the minutes</source>
        <translation>A note for the minutes</translation>
    </message>
    <message>
        <source>Give the casting vote</source>
        <translation>Give the casting vote</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Result of the vote</source>
        <translation>Result of the vote</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation>Named vote</translation>
    </message>
    <message>
        <source>Your vote counts for: %1</source>
        <translation>Your vote counts for: %1</translation>
    </message>
    <message>
        <source>You chose: %1. Confirm your vote?</source>
        <translation>You chose: %1. Confirm your vote?</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation>Choose again</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Sending your vote…</source>
        <translation>Sending your vote…</translation>
    </message>
    <message>
        <source>Your vote has been recorded: %1</source>
        <translation>Your vote has been recorded: %1</translation>
    </message>
    <message>
        <source>Your vote has been recorded</source>
        <translation>Your vote has been recorded</translation>
    </message>
    <message>
        <source>You gave your vote to %1.</source>
        <translation>You gave your vote to %1.</translation>
    </message>
    <message>
        <source>You do not vote in this ballot.</source>
        <translation>You do not vote in this ballot.</translation>
    </message>
    <message>
        <source>%1 of %2 have voted</source>
        <translation>%1 of %2 have voted</translation>
    </message>
    <message>
        <source>Choose up to %1 (%2 chosen)</source>
        <translation>Choose up to %1 (%2 chosen)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>You agreed to %1 of %2 names. Confirm your vote?</source>
        <translation>You agreed to %1 of %2 names. Confirm your vote?</translation>
    </message>
    <message>
        <source>You kept %1 names for %2 seats. Confirm your vote?</source>
        <translation>You kept %1 names for %2 seats. Confirm your vote?</translation>
    </message>
    <message>
        <source>This paper strikes out every name: it is invalid, counted apart, and elects nobody. Cast it anyway?</source>
        <translation>This paper strikes out every name: it is invalid, counted apart, and elects nobody. Cast it anyway?</translation>
    </message>
    <message>
        <source>This paper keeps %1 names for %2 seats: it is invalid, counted apart, and elects nobody. Cast it anyway?</source>
        <translation>This paper keeps %1 names for %2 seats: it is invalid, counted apart, and elects nobody. Cast it anyway?</translation>
    </message>
    <message>
        <source>Cast the invalid paper</source>
        <translation>Cast the invalid paper</translation>
    </message>
    <message>
        <source>Your vote has been recorded: %1 names kept</source>
        <translation>Your vote has been recorded: %1 names kept</translation>
    </message>
    <message>
        <source>You give no votes: a blank paper. Confirm your vote?</source>
        <translation>You give no votes: a blank paper. Confirm your vote?</translation>
    </message>
    <message>
        <source>You give %1 of your %2 votes: %3. Confirm your vote?</source>
        <translation>You give %1 of your %2 votes: %3. Confirm your vote?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This paper gives %1 votes, more than the %2 you hold: it is invalid, counted apart, and elects nobody. Cast it anyway?</source>
        <translation>This paper gives %1 votes, more than the %2 you hold: it is invalid, counted apart, and elects nobody. Cast it anyway?</translation>
    </message>
</context>
<context>
    <name>quorum::ArticleWords</name>
    <message>
        <source>Charter of the Hồ Chí Minh Communist Youth Union, Article 9(1)</source>
        <translation>Charter of the Hồ Chí Minh Communist Youth Union, Article 9(1)</translation>
    </message>
    <message>
        <source>a congress or conference is valid with at least two thirds of the delegates convened and at least two thirds of the units</source>
        <translation>a congress or conference is valid with at least two thirds of the delegates convened and at least two thirds of the units</translation>
    </message>
    <message>
        <source>Charter of the Hồ Chí Minh Communist Youth Union</source>
        <translation>Charter of the Hồ Chí Minh Communist Youth Union</translation>
    </message>
    <message>
        <source>more than half of the delegates present</source>
        <translation>more than half of the delegates present</translation>
    </message>
    <message>
        <source>elected with more than half of the valid ballots</source>
        <translation>elected with more than half of the valid ballots</translation>
    </message>
    <message>
        <source>a setting: the charter&apos;s article on decisions and elections was not read</source>
        <translation>a setting: the charter&apos;s article on decisions and elections was not read</translation>
    </message>
    <message>
        <source>Charter of the Communist Party of Vietnam</source>
        <translation>Charter of the Communist Party of Vietnam</translation>
    </message>
    <message>
        <source>more than half of the members convened</source>
        <translation>more than half of the members convened</translation>
    </message>
    <message>
        <source>a setting: no text giving the quorum of a Party congress was found</source>
        <translation>a setting: no text giving the quorum of a Party congress was found</translation>
    </message>
    <message>
        <source>Party Charter, Article 9(5); Regulation 24-QĐ/TW, 9.3</source>
        <translation>Party Charter, Article 9(5); Regulation 24-QĐ/TW, 9.3</translation>
    </message>
    <message>
        <source>decisions pass with more than half of the members convened, those the regulation leaves out not counted</source>
        <translation>decisions pass with more than half of the members convened, those the regulation leaves out not counted</translation>
    </message>
    <message>
        <source>Party election rules, Decision 244-QĐ/TW, Articles 17 and 32</source>
        <translation>Party election rules, Decision 244-QĐ/TW, Articles 17 and 32</translation>
    </message>
    <message>
        <source>elected with more than half of the delegates convened; a paper keeping more names than seats is invalid</source>
        <translation>elected with more than half of the delegates convened; a paper keeping more names than seats is invalid</translation>
    </message>
    <message>
        <source>Decision 190-QĐ/TW replaced Decision 244; its article on results was not read</source>
        <translation>Decision 190-QĐ/TW replaced Decision 244; its article on results was not read</translation>
    </message>
    <message>
        <source>Law on the Organisation of Local Government</source>
        <translation>Law on the Organisation of Local Government</translation>
    </message>
    <message>
        <source>at least two thirds of all delegates</source>
        <translation>at least two thirds of all delegates</translation>
    </message>
    <message>
        <source>a setting: the article on a session&apos;s quorum was not found</source>
        <translation>a setting: the article on a session&apos;s quorum was not found</translation>
    </message>
    <message>
        <source>Law on the Organisation of Local Government 2015, Article 91(3)</source>
        <translation>Law on the Organisation of Local Government 2015, Article 91(3)</translation>
    </message>
    <message>
        <source>resolutions pass with more than half of all delegates; removing a delegate needs at least two thirds of all delegates</source>
        <translation>resolutions pass with more than half of all delegates; removing a delegate needs at least two thirds of all delegates</translation>
    </message>
    <message>
        <source>Law 72/2025/QH15 replaced it; its articles were not read</source>
        <translation>Law 72/2025/QH15 replaced it; its articles were not read</translation>
    </message>
    <message>
        <source>more than half of all delegates</source>
        <translation>more than half of all delegates</translation>
    </message>
    <message>
        <source>a setting: the article on elections by the council was not read</source>
        <translation>a setting: the article on elections by the council was not read</translation>
    </message>
    <message>
        <source>Decree 126/2024/NĐ-CP, Article 19(2)(b)</source>
        <translation>Decree 126/2024/NĐ-CP, Article 19(2)(b)</translation>
    </message>
    <message>
        <source>a congress of delegates is held with more than half of the official delegates</source>
        <translation>a congress of delegates is held with more than half of the official delegates</translation>
    </message>
    <message>
        <source>Decree 126/2024/NĐ-CP, Article 19(6)</source>
        <translation>Decree 126/2024/NĐ-CP, Article 19(6)</translation>
    </message>
    <message>
        <source>decisions pass with more than half of the official delegates convened, or as the approved charter says</source>
        <translation>decisions pass with more than half of the official delegates convened, or as the approved charter says</translation>
    </message>
    <message>
        <source>The association&apos;s charter and election rules</source>
        <translation>The association&apos;s charter and election rules</translation>
    </message>
    <message>
        <source>a setting: the charter and the election rules decide</source>
        <translation>a setting: the charter and the election rules decide</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 145(1), (2), (3)</source>
        <translation>Law on Enterprises 2020, Article 145(1), (2), (3)</translation>
    </message>
    <message>
        <source>more than 50% of the voting shares at the first convening; at least 33% at the second; no minimum at the third</source>
        <translation>more than 50% of the voting shares at the first convening; at least 33% at the second; no minimum at the third</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 148(1), (2)</source>
        <translation>Law on Enterprises 2020, Article 148(1), (2)</translation>
    </message>
    <message>
        <source>more than 50% of the votes of all shareholders attending (at least 65% for the special matters)</source>
        <translation>more than 50% of the votes of all shareholders attending (at least 65% for the special matters)</translation>
    </message>
    <message>
        <source>a setting: whether an abstention is a vote cast, and other percentages, are the charter&apos;s</source>
        <translation>a setting: whether an abstention is a vote cast, and other percentages, are the charter&apos;s</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 148(3)</source>
        <translation>Law on Enterprises 2020, Article 148(3)</translation>
    </message>
    <message>
        <source>cumulative voting: each shareholder&apos;s shares times the seats, given to one candidate or several; elected by the most votes until the seats are filled</source>
        <translation>cumulative voting: each shareholder&apos;s shares times the seats, given to one candidate or several; elected by the most votes until the seats are filled</translation>
    </message>
    <message>
        <source>Law on Elections of Deputies 2015, Article 78</source>
        <translation>Law on Elections of Deputies 2015, Article 78</translation>
    </message>
    <message>
        <source>Law on Elections of Deputies 2015</source>
        <translation>Law on Elections of Deputies 2015</translation>
    </message>
    <message>
        <source>no quorum of those present: the election counts only when more than half of the voters on the list voted</source>
        <translation>no quorum of those present: the election counts only when more than half of the voters on the list voted</translation>
    </message>
    <message>
        <source>elected with more than half of the valid ballots, the most votes first; a tie for the last seat: the older candidate; a paper keeping more names than seats, or none, is invalid</source>
        <translation>elected with more than half of the valid ballots, the most votes first; a tie for the last seat: the older candidate; a paper keeping more names than seats, or none, is invalid</translation>
    </message>
    <message>
        <source>read in the National Election Council&apos;s answer, not in the article itself</source>
        <translation>read in the National Election Council&apos;s answer, not in the article itself</translation>
    </message>
    <message>
        <source>removing a delegate needs at least two thirds of all delegates</source>
        <translation>removing a delegate needs at least two thirds of all delegates</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 148(2)</source>
        <translation>Law on Enterprises 2020, Article 148(2)</translation>
    </message>
    <message>
        <source>more than 50% of the votes of all shareholders attending</source>
        <translation>more than 50% of the votes of all shareholders attending</translation>
    </message>
    <message>
        <source>a setting: whether an abstention is a vote cast is the charter&apos;s</source>
        <translation>a setting: whether an abstention is a vote cast is the charter&apos;s</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 148(1)</source>
        <translation>Law on Enterprises 2020, Article 148(1)</translation>
    </message>
    <message>
        <source>at least 65% of the votes of all shareholders attending, for the special matters</source>
        <translation>at least 65% of the votes of all shareholders attending, for the special matters</translation>
    </message>
    <message>
        <source>The body&apos;s charter or election rules</source>
        <translation>The body&apos;s charter or election rules</translation>
    </message>
    <message>
        <source>a setting: the articles of the youth union&apos;s and associations&apos; elections were not read</source>
        <translation>a setting: the articles of the youth union&apos;s and associations&apos; elections were not read</translation>
    </message>
    <message>
        <source>No article: a rule of the meeting&apos;s own</source>
        <translation>No article: a rule of the meeting&apos;s own</translation>
    </message>
    <message>
        <source>From: %1 — %2</source>
        <translation>From: %1 — %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Changed from its preset. %1</source>
        <translation>Changed from its preset. %1</translation>
    </message>
</context>
<context>
    <name>quorum::RuleWords</name>
    <message>
        <source>more than half</source>
        <translation>more than half</translation>
    </message>
    <message>
        <source>at least half</source>
        <translation>at least half</translation>
    </message>
    <message>
        <source>more than two thirds</source>
        <translation>more than two thirds</translation>
    </message>
    <message>
        <source>at least two thirds</source>
        <translation>at least two thirds</translation>
    </message>
    <message>
        <source>more than three quarters</source>
        <translation>more than three quarters</translation>
    </message>
    <message>
        <source>at least three quarters</source>
        <translation>at least three quarters</translation>
    </message>
    <message>
        <source>more than %1%</source>
        <translation>more than %1%</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>at least %1%</translation>
    </message>
    <message>
        <source>more than %1/%2</source>
        <translation>more than %1/%2</translation>
    </message>
    <message>
        <source>at least %1/%2</source>
        <translation>at least %1/%2</translation>
    </message>
    <message>
        <source>the votes for and against (abstentions and blank ballots left out)</source>
        <translation>the votes for and against (abstentions and blank ballots left out)</translation>
    </message>
    <message>
        <source>all ballots cast, abstentions and blank ballots included</source>
        <translation>all ballots cast, abstentions and blank ballots included</translation>
    </message>
    <message>
        <source>the valid ballots</source>
        <translation>the valid ballots</translation>
    </message>
    <message>
        <source>the votes of all shareholders attending</source>
        <translation>the votes of all shareholders attending</translation>
    </message>
    <message>
        <source>the delegates present</source>
        <translation>the delegates present</translation>
    </message>
    <message>
        <source>the shareholders present</source>
        <translation>the shareholders present</translation>
    </message>
    <message>
        <source>the voters present</source>
        <translation>the voters present</translation>
    </message>
    <message>
        <source>the members present</source>
        <translation>the members present</translation>
    </message>
    <message>
        <source>the votes of all shareholders with a vote</source>
        <translation>the votes of all shareholders with a vote</translation>
    </message>
    <message>
        <source>the delegates convened</source>
        <translation>the delegates convened</translation>
    </message>
    <message>
        <source>the shareholders convened</source>
        <translation>the shareholders convened</translation>
    </message>
    <message>
        <source>the voters on the voter list</source>
        <translation>the voters on the voter list</translation>
    </message>
    <message>
        <source>the members convened</source>
        <translation>the members convened</translation>
    </message>
    <message>
        <source>the votes of all the company&apos;s voting shares</source>
        <translation>the votes of all the company&apos;s voting shares</translation>
    </message>
    <message>
        <source>all delegates</source>
        <translation>all delegates</translation>
    </message>
    <message>
        <source>all shareholders</source>
        <translation>all shareholders</translation>
    </message>
    <message>
        <source>all voters</source>
        <translation>all voters</translation>
    </message>
    <message>
        <source>all members</source>
        <translation>all members</translation>
    </message>
    <message>
        <source>(no base)</source>
        <translation>(no base)</translation>
    </message>
    <message>
        <source>%1, counted by weight</source>
        <translation>%1, counted by weight</translation>
    </message>
    <message>
        <source>on a tie, a new vote among those tied</source>
        <translation>on a tie, a new vote among those tied</translation>
    </message>
    <message>
        <source>on a tie, the older candidate</source>
        <translation>on a tie, the older candidate</translation>
    </message>
    <message>
        <source>on a tie, the chair&apos;s casting vote decides</source>
        <translation>on a tie, the chair&apos;s casting vote decides</translation>
    </message>
    <message>
        <source>on a tie, lots are drawn and recorded</source>
        <translation>on a tie, lots are drawn and recorded</translation>
    </message>
    <message>
        <source>a tie is not broken</source>
        <translation>a tie is not broken</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Elected by cumulative voting: by votes, from the most, until the seats are filled</source>
        <translation>Elected by cumulative voting: by votes, from the most, until the seats are filled</translation>
    </message>
    <message>
        <source>Elected with %1</source>
        <translation>Elected with %1</translation>
    </message>
    <message>
        <source>Chosen with %1</source>
        <translation>Chosen with %1</translation>
    </message>
    <message>
        <source>Adopted when the votes in favour reach %1</source>
        <translation>Adopted when the votes in favour reach %1</translation>
    </message>
    <message>
        <source>valid only if %1 of the voter list take part</source>
        <translation>valid only if %1 of the voter list take part</translation>
    </message>
    <message>
        <source>a ballot keeping more names than seats is invalid</source>
        <translation>a ballot keeping more names than seats is invalid</translation>
    </message>
    <message>
        <source>a ballot striking out every name is invalid</source>
        <translation>a ballot striking out every name is invalid</translation>
    </message>
    <message>
        <source>no minimum attendance</source>
        <translation>no minimum attendance</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>all units</translation>
    </message>
    <message>
        <source>the units convened</source>
        <translation>the units convened</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 (second convening)</source>
        <translation>%1 (second convening)</translation>
    </message>
    <message>
        <source>%1 (third convening)</source>
        <translation>%1 (third convening)</translation>
    </message>
    <message>
        <source>ADOPTED</source>
        <translation>ADOPTED</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Elected</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>NOT ADOPTED</source>
        <translation>NOT ADOPTED</translation>
    </message>
    <message>
        <source>Nobody reached the threshold</source>
        <translation>Nobody reached the threshold</translation>
    </message>
    <message>
        <source>No option reached the threshold</source>
        <translation>No option reached the threshold</translation>
    </message>
    <message>
        <source>Not every seat was filled</source>
        <translation>Not every seat was filled</translation>
    </message>
    <message>
        <source>TIE – awaiting the tie-break</source>
        <translation>TIE – awaiting the tie-break</translation>
    </message>
    <message>
        <source>NOT VALID – too few of the voter list took part</source>
        <translation>NOT VALID – too few of the voter list took part</translation>
    </message>
    <message>
        <source>Ho Chi Minh Communist Youth Union</source>
        <translation>Ho Chi Minh Communist Youth Union</translation>
    </message>
    <message>
        <source>Communist Party of Vietnam</source>
        <translation>Communist Party of Vietnam</translation>
    </message>
    <message>
        <source>People&apos;s Council</source>
        <translation>People&apos;s Council</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>General meeting of shareholders</source>
        <translation>General meeting of shareholders</translation>
    </message>
    <message>
        <source>Election of deputies (National Assembly, People&apos;s Councils)</source>
        <translation>Election of deputies (National Assembly, People&apos;s Councils)</translation>
    </message>
    <message>
        <source>Any body (more than half)</source>
        <translation>Any body (more than half)</translation>
    </message>
    <message>
        <source>on a tie, a new election among those tied</source>
        <translation>on a tie, a new election among those tied</translation>
    </message>
    <message>
        <source>on a tie, the motion is voted on again</source>
        <translation>on a tie, the motion is voted on again</translation>
    </message>
    <message>
        <source>on a tie, a new vote among the options tied</source>
        <translation>on a tie, a new vote among the options tied</translation>
    </message>
    <message>
        <source>TIE – a new election among those tied</source>
        <translation>TIE – a new election among those tied</translation>
    </message>
    <message>
        <source>TIE – the motion is voted on again</source>
        <translation>TIE – the motion is voted on again</translation>
    </message>
    <message>
        <source>TIE – a new vote among the options tied</source>
        <translation>TIE – a new vote among the options tied</translation>
    </message>
</context>
</TS>
