using Reader.Core.Ports;
using Reader.Core.VirtualCards;

namespace Reader.Core.Tests.Support
{
    /// <summary>Builds scripted cards from hex pairs and records the commands a reader sent.</summary>
    public sealed class CardScript : IVirtualCard
    {
        public const string SelectPpse = "00A404000E325041592E5359532E444446303100";
        public const string SelectPse = "00A404000E315041592E5359532E444446303100";

        private readonly ScriptedCard _card;

        /// <summary>Commands received, hex, in order.</summary>
        public readonly string[] Sent = new string[64];
        public int SentCount;

        /// <summary>Alternating command and response hex strings.</summary>
        public CardScript(string[] pairs)
        {
            int n = pairs.Length / 2;
            byte[][] commands = new byte[n][];
            byte[][] responses = new byte[n][];
            for (int i = 0; i < n; i++)
            {
                commands[i] = Check.Bytes(pairs[2 * i]);
                responses[i] = Check.Bytes(pairs[2 * i + 1]);
            }
            _card = new ScriptedCard(commands, responses);
        }

        public void Identify(CardTarget target)
        {
            _card.Identify(target);
        }

        public void Reset()
        {
            _card.Reset();
            SentCount = 0;
        }

        public int Respond(byte[] command, int commandLength, byte[] response)
        {
            if (SentCount < Sent.Length) Sent[SentCount++] = Reader.Core.Text.Hex.Format(command, 0, commandLength);
            return _card.Respond(command, commandLength, response);
        }

        /// <summary>A PPSE answer listing one AID with a priority.</summary>
        public static string Ppse(string aid, int priority)
        {
            string entry = Tlv("4F", aid) + Tlv("87", ((byte)priority).ToString("X2"));
            return Tlv("6F", Tlv("84", "325041592E5359532E4444463031") + Tlv("A5", Tlv("BF0C", Tlv("61", entry)))) + "9000";
        }

        /// <summary>A SELECT answer with an optional PDOL (hex of the DOL, or "").</summary>
        public static string Fci(string aid, string pdol)
        {
            string a5 = Tlv("50", "54455354") + (pdol.Length > 0 ? Tlv("9F38", pdol) : "");
            return Tlv("6F", Tlv("84", aid) + Tlv("A5", a5)) + "9000";
        }

        /// <summary>Minimal BER-TLV encoder for test data (short and 81 lengths).</summary>
        public static string Tlv(string tag, string valueHex)
        {
            int length = valueHex.Length / 2;
            string len = length < 0x80 ? ((byte)length).ToString("X2") : "81" + ((byte)length).ToString("X2");
            return tag + len + valueHex;
        }
    }
}
