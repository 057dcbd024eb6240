import QtQuick
import Quorum.Tablet

// One tab of the meeting page, made when it is first shown. What it loads takes the page's
// client from it: `TabLoader { client: page.client; sourceComponent: Console { client:
// (parent as TabLoader).client } }`. A component declared in MeetingPage cannot read `page`
// itself: qmllint calls that unqualified access, and its cure (pragma ComponentBehavior: Bound)
// stops a Loader instantiating the component on Qt 6.4 ("Cannot instantiate bound component
// outside its creation context"). The loaded item's parent is the loader while its bindings are
// first evaluated, so it has its client from the start, as before.
Loader {
    property MeetingClient client
}
