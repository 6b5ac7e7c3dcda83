// What the library holds rather than reads: version, built-in baselines, rules, schemas, level
// ids and names, status codes; and the ArchiMate conversions.
using System;
using System.Collections.Generic;
using System.Text;

namespace Kientruc
{
    public static class Library
    {
        public static string Version => Native.Utf8(Native.kt_version());

        /// <summary>A status's stable code ("parse", "limit", ...); null for a value that is no status.</summary>
        public static string StatusCode(Status status) => Native.Utf8(Native.kt_status_code(status));

        /// <summary>A level's stable id ("compliant", ...; "" for None).</summary>
        public static string LevelId(Level level)
        {
            Native.Check(Native.kt_level_id(level, out var s));
            return Native.Utf8(s);
        }

        /// <summary>A level's display name, as every report prints it ("" for None).</summary>
        public static string LevelName(Level level, Lang lang = Lang.Vi)
        {
            Native.Check(Native.kt_level_name(level, lang, out var s));
            return Native.Utf8(s);
        }

        /// <summary>The names of the built-in baselines (what <see cref="Baseline.Builtin"/> takes).</summary>
        public static string[] BuiltinBaselines()
        {
            Native.Check(Native.kt_builtin_baselines(out var s, out _));
            return StringArray(Native.Take(s));
        }

        /// <summary>Every built-in rule, as a JSON array.</summary>
        public static string RulesJson()
        {
            Native.Check(Native.kt_rules_json(out var s, out _));
            return Native.Take(s);
        }

        /// <summary>The JSON Schema of a document kind ("project", "model", ...).</summary>
        public static string Schema(string name)
        {
            Native.Check(Native.kt_schema(Native.Z(name), out var s, out _));
            return Native.Take(s);
        }

        /// <summary>An ArchiMate Model Exchange File (UTF-8 XML bytes) as model/1 JSON.</summary>
        public static string ImportArchimate(byte[] xml, Options options = null)
        {
            Native.Check(Native.kt_archimate_import(xml, (UIntPtr)xml.Length, Native.Of(options), out var s, out _));
            return Native.Take(s);
        }

        /// <summary>A model/1 document (UTF-8 JSON bytes) as an ArchiMate Model Exchange File.</summary>
        public static string ExportArchimate(byte[] model, Options options = null)
        {
            Native.Check(Native.kt_archimate_export(model, (UIntPtr)model.Length, Native.Of(options), out var s, out _));
            return Native.Take(s);
        }

        /// <summary>Reads a JSON array of strings (what kt_builtin_baselines writes); Mono's
        /// minimal profile has no JSON reader.</summary>
        internal static string[] StringArray(string json)
        {
            var items = new List<string>();
            var sb = new StringBuilder();
            bool inside = false;
            for (int i = 0; i < json.Length; i++)
            {
                char c = json[i];
                if (!inside) { if (c == '"') { inside = true; sb.Clear(); } continue; }
                if (c == '"') { items.Add(sb.ToString()); inside = false; }
                else if (c == '\\' && i + 1 < json.Length)
                {
                    char e = json[++i];
                    if (e == 'u' && i + 4 < json.Length) { sb.Append((char)Convert.ToInt32(json.Substring(i + 1, 4), 16)); i += 4; }
                    else sb.Append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e);
                }
                else sb.Append(c);
            }
            return items.ToArray();
        }
    }
}
