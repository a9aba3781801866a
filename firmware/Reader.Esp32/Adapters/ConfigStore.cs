using System;
using System.IO;
using Reader.Core.Ports;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// Reads the site configuration text from the ESP32's internal flash storage, drive I: (the file system
    /// nanoFramework mounts on the firmware's storage partition). The file is put there with
    /// <c>nanoff --filedeployment deploy.json</c> or by a Visual Studio deployment (docs/device.md).
    /// Parsing and validation are the core's job; this only fetches the text, bounded in size.
    /// </summary>
    public static class ConfigStore
    {
        public const string DefaultPath = "I:\\reader.conf";

        /// <summary>A site file is a few hundred bytes; anything larger is refused rather than filling the heap.</summary>
        public const int MaxBytes = 4096;

        /// <summary>
        /// The file's text, or null when there is no file (or it cannot be read, or is too large: logged).
        /// Never logs the content: it may hold the Wi-Fi password or the HMAC key.
        /// </summary>
        public static string ReadText(string path, ILogSink log)
        {
            try
            {
                if (!File.Exists(path))
                {
                    log.Log("config: " + path + " absent, using defaults");
                    return null;
                }

                using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    long length = stream.Length;
                    if (length > MaxBytes)
                    {
                        log.Log("config: " + path + " is " + length.ToString() + " bytes, over " + MaxBytes.ToString() + ": ignored, using defaults");
                        return null;
                    }

                    var bytes = new byte[(int)length];
                    int got = 0;
                    while (got < bytes.Length)
                    {
                        int n = stream.Read(bytes, got, bytes.Length - got);
                        if (n <= 0) break;
                        got += n;
                    }

                    return Ascii(bytes, got);
                }
            }
            catch (Exception)
            {
                // No storage (target without a file system), corrupt partition, I/O error: run on defaults.
                log.Log("config: cannot read " + path + ", using defaults");
                return null;
            }
        }

        /// <summary>
        /// Config files are ASCII (keys, numbers, SSIDs). Bytes above 0x7E other than tab/CR/LF become '?', which the
        /// core parser then reports with a line number instead of silently accepting mis-decoded text.
        /// </summary>
        private static string Ascii(byte[] bytes, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                byte b = bytes[i];
                chars[i] = (b >= 0x20 && b <= 0x7E) || b == 0x09 || b == 0x0A || b == 0x0D ? (char)b : '?';
            }

            return new string(chars);
        }
    }
}
