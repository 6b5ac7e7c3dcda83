// kt_options: input limits, the check date, rule packs and the appraiser's acceptances, for every
// call that reads a document. A null Options means the library's defaults.
using System;

namespace Kientruc
{
    public sealed class Options : IDisposable
    {
        internal readonly OptionsHandle Handle;
        string asOf;

        public Options()
        {
            Native.Check(Native.kt_options_new(out Handle));
        }

        /// <summary>The value of an input limit (default as SECURITY.md documents).</summary>
        public ulong GetLimit(Limit limit)
        {
            Native.Check(Native.kt_options_limit(Handle, limit, out var v));
            return (ulong)v;
        }

        /// <summary>Sets an input limit; a document over it fails with <see cref="Status.Limit"/>.
        /// Documents added afterwards are read under it: set limits first.</summary>
        public Options SetLimit(Limit limit, ulong value)
        {
            Native.Check(Native.kt_options_set_limit(Handle, limit, (UIntPtr)value));
            return this;
        }

        /// <summary>The date checks and validations are made as of ("YYYY-MM-DD"), or null for the
        /// default (a project's appraisal date, a model's valid_from). A bad date throws
        /// <see cref="Status.InvalidArgument"/> and leaves the value as it was.</summary>
        public string AsOf
        {
            get => asOf;
            set { Native.Check(Native.kt_options_set_as_of(Handle, Native.Z(value))); asOf = value; }
        }

        /// <summary>Adds a rule pack (rulepack/1, UTF-8 JSON): its project rules apply to checks,
        /// its model rules to validations. Read now; errors name "&lt;rulepack i&gt;".</summary>
        public Options AddRulePack(byte[] json)
        {
            Native.Check(Native.kt_options_add_rulepack(Handle, json, (UIntPtr)(json?.Length ?? 0)));
            return this;
        }

        /// <summary>Adds the appraiser's acceptance of justifications (acceptance/1, UTF-8 JSON).
        /// Read now; errors name "&lt;acceptance i&gt;".</summary>
        public Options AddAcceptance(byte[] json)
        {
            Native.Check(Native.kt_options_add_acceptance(Handle, json, (UIntPtr)(json?.Length ?? 0)));
            return this;
        }

        public void Dispose() => Handle.Dispose();
    }
}
