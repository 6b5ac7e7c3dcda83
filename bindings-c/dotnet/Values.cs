// The C API's enumerations (kt_status, kt_level, kt_outcome, kt_format, kt_lang, kt_limit,
// kt_diagram_format, kt_field, kt_info) with the values of include/kientruc.h, and the exception.
// A C# enum may hold any integer: the library refuses a value out of range with InvalidArgument.
using System;
using System.Runtime.InteropServices;

namespace Kientruc
{
    /// <summary>kt_status: the result of every call; <see cref="Library.StatusCode"/> gives its
    /// stable code string.</summary>
    public enum Status : int
    {
        Ok = 0, Parse = 1, Encoding = 2, Schema = 3, Limit = 4, UnknownBaseline = 5, Io = 6,
        Error = 99, NullArgument = 100, InvalidUtf8 = 101, InvalidArgument = 102, Panic = 200,
    }

    /// <summary>kt_level: a compliance level; None for a model validation.</summary>
    public enum Level : uint { None = 0, NonConformant = 1, Irrelevant = 2, FullyConformant = 3, Conformant = 4, Compliant = 5, Consistent = 6, NotAssessed = 7 }
    /// <summary>kt_outcome: a rule's outcome.</summary>
    public enum Outcome : uint { Pass = 0, Fail = 1, Review = 2, NotApplicable = 3, Accepted = 4 }
    /// <summary>kt_format: a report rendering; Csv is the portfolio summary table.</summary>
    public enum Format : uint { Json = 0, Sarif = 1, Markdown = 2, Html = 3, Text = 4, Csv = 5 }
    /// <summary>kt_lang: Vietnamese (default) or English.</summary>
    public enum Lang : uint { Vi = 0, En = 1 }
    /// <summary>kt_limit: an input limit (SECURITY.md), set in <see cref="Options"/>.</summary>
    public enum Limit : uint { MaxBytes = 0, MaxDepth = 1, MaxStringBytes = 2, MaxElements = 3, MaxRelations = 4, MaxComponents = 5 }
    /// <summary>kt_diagram_format: an output format of the overall diagram.</summary>
    public enum DiagramFormat : uint { Svg = 0, Dot = 1, Mermaid = 2 }
    /// <summary>kt_field: a field of a finding (read through <see cref="Report.Findings"/>).</summary>
    public enum Field : uint { Rule = 0, Severity = 1, Outcome = 2, Subject = 3, Message = 4, Suggestion = 5, Basis = 6, WaiverReason = 7, WaiverOutcome = 8, AcceptedBy = 9, AcceptedDate = 10 }
    /// <summary>kt_info: a property of a report (read through <see cref="Report"/>'s properties).</summary>
    public enum Info : uint { Subject = 0, SubjectName = 1, Baseline = 2, Framework = 3, AsOf = 4, Regime = 5, RegimeName = 6 }

    /// <summary>Every failure of the library: the status, its stable code and the library's message.</summary>
    public class KientrucException : Exception
    {
        public Status Status { get; }
        /// <summary>The status's stable code ("parse", "limit", "invalid-argument", ...), the code every face uses.</summary>
        public string Code => Library.StatusCode(Status);
        public KientrucException(Status status, string message) : base(message) { Status = status; }
    }

    /// <summary>kt_counts, field for field (Accepted last, as in C).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Counts
    {
        public UIntPtr Error, Warning, Info, Pass, Fail, Review, NotApplicable, Suppressed, Waived, Extras, Accepted;
    }
}
