#pragma once

namespace quorum {

/**
 * `quorum-server export-form MEETING FORM --data DIR --out-dir DIR [--language vi|en]`: one
 * form's consolidated results from the stored, verified log, as the minutes hold them, into
 * DIR/<stem>.pdf and DIR/<stem>.csv (server/minutes/formsexport.h). Prints
 * "exported form FORM of MEETING (N events): STEM". Exit 0; 2 on a bad call or an unreadable
 * log; 3 when the minutes hold no such form (never opened or unknown).
 */
int formExportCommand(int argc, char *argv[]);

} // namespace quorum
