#pragma once

#include <QString>

// What went wrong in the store, in terms a caller can act on (the CLI maps it to exit codes).
struct StoreError
{
    enum class Kind {
        None,
        NotFound,    // no such article/version/source
        Invalid,     // refused input: self-link, cycle, empty headline, bad file
        Conflict,    // stale version: someone saved first
        Unavailable, // cannot open/reach the database, read-only, disk full
        Damaged,     // not a database, corrupt, not a Copydesk database
        NewerSchema, // written by a newer Copydesk
        NotAllowed,  // the workflow or the user's role refuses it (an editor verifying...)
        Blocked,     // approval refused: blocking review findings stand
    };

    Kind kind = Kind::None;
    QString message;

    StoreError() = default;
    StoreError(Kind k, QString text)
        : kind(k)
        , message(std::move(text))
    {}

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};
