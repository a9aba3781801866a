using Reader.Core.Ports;

namespace Reader.Core.Emv
{
    /// <summary>
    /// Reads the PAN of a contactless EMV card or phone with as few APDUs as the card allows
    /// (reference: emv.md §2 "Recommended read algorithm", §11 "Status words and actions"):
    /// <list type="number">
    /// <item>SELECT PPSE; candidates are its 61 entries ordered by 87 priority.</item>
    /// <item>Only when PPSE gives nothing: PSE (its directory records), then direct SELECT of a short AID/RID list.
    /// A phone always answers PPSE, so it never sees blind probing (phones disconnect after too many errors).</item>
    /// <item>SELECT the application, fill its PDOL exactly, GET PROCESSING OPTIONS (format 1 or 2).</item>
    /// <item>A PAN in the GPO answer ends the read; otherwise READ RECORD along the validated AFL, stopping at the
    /// first record with a PAN (5A, 57, 9F6B, 56).</item>
    /// <item>Check 12-19 digits and Luhn.</item>
    /// </list>
    /// Every length and loop is bounded; the APDU budget is <see cref="TerminalConfig.MaxApdus"/>. Card data never
    /// raises an exception. Buffers are allocated once, in the constructor.
    /// </summary>
    public sealed class EmvReader
    {
        /// <summary>Candidates kept from a directory (PPSE or PSE); extra entries are ignored.</summary>
        public const int MaxCandidates = 8;

        /// <summary>Longest AID (ISO 7816-5: 5 to 16 bytes).</summary>
        public const int MaxAidLength = 16;

        /// <summary>Directory records of a PSE read at most.</summary>
        public const int MaxPseRecords = 8;

        /// <summary>GET RESPONSE rounds followed after 61xx.</summary>
        public const int MaxGetResponses = 4;

        private const int CommandSize = 261;
        private const int LinkResponseSize = 260;
        private const int DataSize = 4 * 256;

        private static readonly byte[] PpseName = new byte[] { 0x32, 0x50, 0x41, 0x59, 0x2E, 0x53, 0x59, 0x53, 0x2E, 0x44, 0x44, 0x46, 0x30, 0x31 };
        private static readonly byte[] PseName = new byte[] { 0x31, 0x50, 0x41, 0x59, 0x2E, 0x53, 0x59, 0x53, 0x2E, 0x44, 0x44, 0x46, 0x30, 0x31 };

        private readonly ICardLink _link;
        private readonly TerminalConfig _terminal;
        private readonly DolFiller _dol;

        private readonly byte[] _command = new byte[CommandSize];
        private readonly byte[] _linkResponse = new byte[LinkResponseSize];
        private readonly byte[] _data = new byte[DataSize];
        private int _dataLength;
        private int _sw;
        private LinkStatus _linkStatus;
        private bool _overBudget;

        private readonly byte[] _pdol = new byte[DolFiller.MaxDataLength];
        private int _pdolLength;
        private readonly byte[] _afl = new byte[DolFiller.MaxDataLength];
        private int _aflLength;

        private readonly byte[][] _candidates = new byte[MaxCandidates][];
        private readonly int[] _candidateLengths = new int[MaxCandidates];
        private readonly int[] _candidatePriorities = new int[MaxCandidates];
        private int _candidateCount;

        private ReadResult _result;

        public EmvReader(ICardLink link, TerminalConfig terminal, IClock clock, IRandomSource random)
        {
            _link = link;
            _terminal = terminal;
            _dol = new DolFiller(terminal, clock, random);
            for (int i = 0; i < MaxCandidates; i++) _candidates[i] = new byte[MaxAidLength];
        }

        /// <summary>Reads the card already activated on the link into <paramref name="result"/>.</summary>
        public void Read(ReadResult result)
        {
            result.Clear();
            _result = result;
            _overBudget = false;
            _linkStatus = LinkStatus.Ok;
            _dol.NewTransaction();
            ReadCard();
            if (result.Outcome != ReadOutcome.Pan)
            {
                // A link failure or the APDU budget overrides whatever the card said before.
                if (_overBudget) result.Reason = ReadReason.TooManyCommands;
                else if (_linkStatus == LinkStatus.CardRemoved) result.Reason = ReadReason.CardRemoved;
                else if (_linkStatus != LinkStatus.Ok) result.Reason = ReadReason.LinkError;
            }
            _result = null;
        }

        private void ReadCard()
        {
            _candidateCount = 0;
            if (!Select(PpseName, 0, PpseName.Length)) return;
            if (IsSelectAccepted(_sw))
            {
                CollectDirectoryEntries(_data, 0, _dataLength);
            }
            else
            {
                Note(ReasonOfRefusal(_sw));
                // 6E00: no EMV applet behind this interface at all, so nothing else will select either.
                if (_sw == 0x6E00) return;
            }

            if (_candidateCount == 0)
            {
                if (!ReadPse()) return;
            }

            if (_candidateCount > 0)
            {
                SortCandidates();
                for (int i = 0; i < _candidateCount; i++)
                {
                    if (TryApplication(_candidates[i], _candidateLengths[i]) != Attempt.Next) return;
                }
                return;
            }

            for (int i = 0; i < AidTable.DirectSelection.Length; i++)
            {
                byte[] aid = AidTable.DirectSelection[i];
                if (TryApplication(aid, aid.Length) != Attempt.Next) return;
            }
        }

        private enum Attempt
        {
            /// <summary>This application gave nothing; try the next.</summary>
            Next,
            /// <summary>The read is over (PAN found, wallet refusal, link lost, or the card answered GPO).</summary>
            Done,
        }

        /// <summary>SELECT one application, GPO, and read its records.</summary>
        private Attempt TryApplication(byte[] aid, int aidLength)
        {
            if (!Select(aid, 0, aidLength)) return Attempt.Done;
            if (!IsSelectAccepted(_sw))
            {
                Note(ReasonOfRefusal(_sw));
                return Attempt.Next;
            }
            RememberApplication(aid, aidLength);
            if (!TakePdol()) return Attempt.Next;

            if (!GetProcessingOptions(false)) return Attempt.Done;
            if (_sw == 0x6986)
            {
                Note(ReadReason.WalletNotAuthorised);
                return Attempt.Done;
            }
            if (_sw == 0x6985 || _sw == 0x6700 || _sw == 0x6F00)
            {
                // One retry on a fresh selection: the alternative TTQ after a refusal, an empty PDOL after a length error.
                bool emptyPdol = _sw != 0x6985 || !PdolHas(0x9F66);
                if (!Select(aid, 0, aidLength)) return Attempt.Done;
                if (!IsSelectAccepted(_sw))
                {
                    Note(ReadReason.CardRefused);
                    return Attempt.Next;
                }
                if (!TakePdol()) return Attempt.Next;
                if (emptyPdol) _pdolLength = 0;
                if (!GetProcessingOptions(true)) return Attempt.Done;
                if (_sw == 0x6986)
                {
                    Note(ReadReason.WalletNotAuthorised);
                    return Attempt.Done;
                }
            }
            if (_sw == 0x6D00)
            {
                // No GPO here: one READ RECORD of SFI 1 record 1 (devnied's fallback), else not an EMV application.
                if (!ReadRecord(1, 1)) return Attempt.Done;
                if (_sw == 0x9000 && TakePanFrom(_data, 0, _dataLength)) return Attempt.Done;
                Note(ReadReason.NotEmv);
                return Attempt.Next;
            }
            if (_sw == 0x6E00)
            {
                Note(ReadReason.NotEmv);
                return Attempt.Next;
            }
            if (!IsDataAccepted(_sw))
            {
                Note(_sw < 0 ? ReadReason.MalformedData : ReadReason.CardRefused);
                return Attempt.Next;
            }

            // The card answered GPO: whatever happens next, this card is read to its end here.
            if (!TakeGpoResponse()) return Attempt.Done;
            if (_result.PanLength > 0) return Attempt.Done;
            WalkAfl();
            return Attempt.Done;
        }

        // ---- Directories ------------------------------------------------------------------------------------

        /// <summary>PSE (contact directory): its FCI's 88 SFI records, or 61 entries in the FCI itself. False when the link failed.</summary>
        private bool ReadPse()
        {
            if (!Select(PseName, 0, PseName.Length)) return false;
            if (!IsSelectAccepted(_sw))
            {
                Note(ReasonOfRefusal(_sw));
                return true;
            }
            int offset, length;
            if (!TlvReader.Find(_data, 0, _dataLength, 0x88, out offset, out length) || length != 1)
            {
                CollectDirectoryEntries(_data, 0, _dataLength);
                return true;
            }
            int sfi = _data[offset];
            if (sfi < 1 || sfi > 30) return true;
            for (int record = 1; record <= MaxPseRecords; record++)
            {
                if (!ReadRecord(sfi, record)) return false;
                if (_sw != 0x9000) break;
                CollectDirectoryEntries(_data, 0, _dataLength);
            }
            return true;
        }

        /// <summary>Adds every 61 entry (4F AID, 87 priority) found in the data to the candidates.</summary>
        private void CollectDirectoryEntries(byte[] buffer, int offset, int count)
        {
            CollectFrom(buffer, offset, offset + count, 0);
        }

        private void CollectFrom(byte[] buffer, int start, int end, int depth)
        {
            int p = start;
            while (p < end)
            {
                int tag, vo, vl, consumed;
                if (TlvReader.Decode(buffer, p, end, out tag, out vo, out vl, out consumed) != TlvStatus.Ok) return;
                if (tag == 0x61)
                {
                    AddCandidate(buffer, vo, vl);
                }
                else if (TlvReader.IsConstructed(tag) && depth < TlvReader.MaxDepth)
                {
                    CollectFrom(buffer, vo, vo + vl, depth + 1);
                }
                p += consumed;
            }
        }

        private void AddCandidate(byte[] buffer, int offset, int count)
        {
            if (_candidateCount >= MaxCandidates) return;
            int aidOffset, aidLength, priorityOffset, priorityLength;
            if (!TlvReader.Find(buffer, offset, count, 0x4F, out aidOffset, out aidLength)) return;
            if (aidLength < 5 || aidLength > MaxAidLength) return;
            int priority = 0;
            if (TlvReader.Find(buffer, offset, count, 0x87, out priorityOffset, out priorityLength) && priorityLength == 1)
            {
                priority = buffer[priorityOffset] & 0x0F;
            }
            int index = _candidateCount++;
            System.Array.Copy(buffer, aidOffset, _candidates[index], 0, aidLength);
            _candidateLengths[index] = aidLength;
            // 87 low nibble: 1 is the highest priority, 0 means none given (after every numbered entry).
            _candidatePriorities[index] = priority == 0 ? 16 : priority;
        }

        /// <summary>Stable insertion sort by priority (at most <see cref="MaxCandidates"/> entries).</summary>
        private void SortCandidates()
        {
            for (int i = 1; i < _candidateCount; i++)
            {
                int j = i;
                while (j > 0 && _candidatePriorities[j - 1] > _candidatePriorities[j])
                {
                    Swap(j - 1, j);
                    j--;
                }
            }
        }

        private void Swap(int a, int b)
        {
            byte[] aid = _candidates[a];
            _candidates[a] = _candidates[b];
            _candidates[b] = aid;
            int length = _candidateLengths[a];
            _candidateLengths[a] = _candidateLengths[b];
            _candidateLengths[b] = length;
            int priority = _candidatePriorities[a];
            _candidatePriorities[a] = _candidatePriorities[b];
            _candidatePriorities[b] = priority;
        }

        // ---- Application --------------------------------------------------------------------------------------

        private void RememberApplication(byte[] aid, int aidLength)
        {
            // The full AID is in the FCI's 84 when a partial name (a bare RID) was selected.
            int offset, length;
            if (TlvReader.Find(_data, 0, _dataLength, 0x84, out offset, out length) && length >= 5 && length <= MaxAidLength)
            {
                System.Array.Copy(_data, offset, _result.Aid, 0, length);
                _result.AidLength = length;
            }
            else
            {
                System.Array.Copy(aid, 0, _result.Aid, 0, aidLength);
                _result.AidLength = aidLength;
            }
            _result.Scheme = AidTable.SchemeOfAid(_result.Aid, 0, _result.AidLength);
        }

        /// <summary>Copies the PDOL (9F38) of the current FCI; false when the FCI is malformed beyond use.</summary>
        private bool TakePdol()
        {
            _pdolLength = 0;
            int offset, length;
            if (TlvReader.Find(_data, 0, _dataLength, 0x9F38, out offset, out length))
            {
                if (length > _pdol.Length)
                {
                    Note(ReadReason.MalformedData);
                    return false;
                }
                System.Array.Copy(_data, offset, _pdol, 0, length);
                _pdolLength = length;
            }
            return true;
        }

        private bool PdolHas(int wanted)
        {
            int p = 0;
            while (p < _pdolLength)
            {
                int tag;
                if (TlvReader.ReadTag(_pdol, ref p, _pdolLength, out tag) != TlvStatus.Ok) return false;
                if (tag == wanted) return true;
                p++;
            }
            return false;
        }

        /// <summary>GET PROCESSING OPTIONS: 80 A8 00 00 Lc 83 L [PDOL data] 00 (L BER-encoded as 81 L from 128).</summary>
        private bool GetProcessingOptions(bool retry)
        {
            _dol.UseAlternativeTtq(retry);
            int header = 7;
            int length = _dol.Fill(_pdol, 0, _pdolLength, _command, header + 1);
            if (length < 0)
            {
                Note(ReadReason.MalformedData);
                length = 0;
            }
            int p;
            if (length >= 0x80)
            {
                _command[5] = 0x83;
                _command[6] = 0x81;
                _command[7] = (byte)length;
                p = 8 + length;
                _command[4] = (byte)(length + 3);
            }
            else
            {
                // No 81 byte: move the data one byte left.
                System.Array.Copy(_command, header + 1, _command, header, length);
                _command[5] = 0x83;
                _command[6] = (byte)length;
                p = 7 + length;
                _command[4] = (byte)(length + 2);
            }
            _command[0] = 0x80;
            _command[1] = 0xA8;
            _command[2] = 0x00;
            _command[3] = 0x00;
            _command[p++] = 0x00;
            return Transmit(p);
        }

        /// <summary>Format 1 (80: AIP + AFL), format 2 (77) or a 70 template (Interac): PAN or AFL. False when nothing can follow.</summary>
        private bool TakeGpoResponse()
        {
            _aflLength = 0;
            int tag, valueOffset, valueLength, consumed;
            TlvStatus status = TlvReader.Decode(_data, 0, _dataLength, out tag, out valueOffset, out valueLength, out consumed);
            if (status != TlvStatus.Ok)
            {
                Note(ReadReason.MalformedData);
                return false;
            }
            if (tag == 0x80)
            {
                if (valueLength < 2 || ((valueLength - 2) & 3) != 0)
                {
                    Note(ReadReason.MalformedData);
                    return false;
                }
                _aflLength = valueLength - 2;
                System.Array.Copy(_data, valueOffset + 2, _afl, 0, _aflLength);
                return true;
            }
            if (tag != 0x77 && tag != 0x70)
            {
                Note(ReadReason.MalformedData);
                return false;
            }
            NotePhoneMarkers(_data, valueOffset, valueLength);
            if (TakePanFrom(_data, valueOffset, valueLength)) return true;
            int aflOffset, aflLength;
            if (TlvReader.Find(_data, valueOffset, valueLength, 0x94, out aflOffset, out aflLength) && (aflLength & 3) == 0)
            {
                System.Array.Copy(_data, aflOffset, _afl, 0, aflLength);
                _aflLength = aflLength;
            }
            return true;
        }

        /// <summary>READ RECORD along the AFL (validated as proxmark3 does), stopping at the first record with a PAN.</summary>
        private void WalkAfl()
        {
            bool malformed = false;
            for (int entry = 0; entry + 4 <= _aflLength; entry += 4)
            {
                int sfi = _afl[entry] >> 3;
                int first = _afl[entry + 1];
                int last = _afl[entry + 2];
                if (sfi == 0 || sfi == 31 || first == 0 || first > last) continue;
                for (int record = first; record <= last; record++)
                {
                    if (!ReadRecord(sfi, record)) return;
                    if (_sw == 0x9000)
                    {
                        NotePhoneMarkers(_data, 0, _dataLength);
                        if (TakePanFrom(_data, 0, _dataLength)) return;
                        int tag, vo, vl, consumed;
                        if (TlvReader.Decode(_data, 0, _dataLength, out tag, out vo, out vl, out consumed) != TlvStatus.Ok && _dataLength > 0)
                        {
                            malformed = true;
                        }
                    }
                    else if (_sw < 0)
                    {
                        // No status word (a garbled record): skip it, as a terminal would.
                        malformed = true;
                    }
                    // 6A83 (no such record) and other refusals: go on with the next record the AFL lists.
                }
            }
            Note(malformed ? ReadReason.MalformedData : ReadReason.NoPan);
        }

        /// <summary>
        /// Looks for a PAN carrier in the data: 5A, then 57, then 9F6B, then 56. True when one was found, whatever its
        /// validity: the read ends there (a masked or corrupted number never becomes an ID, and no second carrier is
        /// looked for to replace it).
        /// </summary>
        private bool TakePanFrom(byte[] buffer, int offset, int count)
        {
            int digits = ExtractPan(buffer, offset, count, 0x5A);
            if (digits < 0) digits = ExtractPan(buffer, offset, count, 0x57);
            if (digits < 0) digits = ExtractPan(buffer, offset, count, 0x9F6B);
            if (digits < 0) digits = ExtractPan(buffer, offset, count, 0x56);
            if (digits < 0) return false;

            ReadResult r = _result;
            r.PanLength = digits;
            if (r.Scheme == CardScheme.Unknown) r.Scheme = AidTable.SchemeOfPan(r.Pan, digits);
            if (!Pan.LengthValid(digits))
            {
                Note(ReadReason.BadPanLength);
            }
            else if (!Pan.LuhnValid(r.Pan, digits))
            {
                Note(ReadReason.LuhnFail);
            }
            else
            {
                r.Outcome = ReadOutcome.Pan;
                r.Reason = ReadReason.Ok;
            }
            return true;
        }

        private int ExtractPan(byte[] buffer, int offset, int count, int tag)
        {
            int valueOffset, valueLength;
            if (!TlvReader.Find(buffer, offset, count, tag, out valueOffset, out valueLength)) return -1;
            int digits;
            switch (tag)
            {
                case 0x5A: digits = Pan.FromApplicationPan(buffer, valueOffset, valueLength, _result.Pan); break;
                case 0x56: digits = Pan.FromTrack1(buffer, valueOffset, valueLength, _result.Pan); break;
                default: digits = Pan.FromTrack2(buffer, valueOffset, valueLength, _result.Pan); break;
            }
            if (digits <= 0)
            {
                System.Array.Clear(_result.Pan, 0, _result.Pan.Length);
                return -1;
            }
            return digits;
        }

        /// <summary>
        /// Wallet markers (emv.md §10): a token requestor ID (9F19), or a Visa form factor indicator (9F6E) whose
        /// first byte is 0x23 (Apple Pay) rather than 0x20 (plastic).
        /// </summary>
        private void NotePhoneMarkers(byte[] buffer, int offset, int count)
        {
            int vo, vl;
            if (TlvReader.Find(buffer, offset, count, 0x9F19, out vo, out vl)) _result.IsPhoneToken = true;
            if (TlvReader.Find(buffer, offset, count, 0x9F6E, out vo, out vl) && vl >= 1 && buffer[vo] == 0x23) _result.IsPhoneToken = true;
        }

        // ---- APDUs -------------------------------------------------------------------------------------------

        /// <summary>SELECT by name: 00 A4 04 00 Lc name 00.</summary>
        private bool Select(byte[] name, int offset, int length)
        {
            _command[0] = 0x00;
            _command[1] = 0xA4;
            _command[2] = 0x04;
            _command[3] = 0x00;
            _command[4] = (byte)length;
            System.Array.Copy(name, offset, _command, 5, length);
            _command[5 + length] = 0x00;
            return Transmit(6 + length);
        }

        /// <summary>READ RECORD: 00 B2 record (SFI &lt;&lt; 3 | 4) 00; once more without Le on 6700/6F00 (proxmark3).</summary>
        private bool ReadRecord(int sfi, int record)
        {
            _command[0] = 0x00;
            _command[1] = 0xB2;
            _command[2] = (byte)record;
            _command[3] = (byte)((sfi << 3) | 4);
            _command[4] = 0x00;
            if (!Transmit(5)) return false;
            if (_sw == 0x6700 || _sw == 0x6F00)
            {
                _command[0] = 0x00;
                _command[1] = 0xB2;
                _command[2] = (byte)record;
                _command[3] = (byte)((sfi << 3) | 4);
                return Transmit(4);
            }
            return true;
        }

        /// <summary>
        /// Sends the command in <see cref="_command"/> and leaves the response data in <see cref="_data"/> and the status
        /// word in <see cref="_sw"/> (-1 when the answer had none). Follows 61xx with GET RESPONSE and re-sends once with
        /// Le = xx after 6Cxx. False when the link failed or the APDU budget is spent: the read must stop.
        /// </summary>
        private bool Transmit(int length)
        {
            _dataLength = 0;
            _sw = -1;
            bool resent = false;
            int getResponses = 0;
            while (true)
            {
                if (_result.ApduCount >= _terminal.MaxApdus)
                {
                    _overBudget = true;
                    return false;
                }
                _result.ApduCount++;
                int n;
                _linkStatus = _link.Exchange(_command, length, _linkResponse, out n);
                if (_linkStatus != LinkStatus.Ok) return false;

                if (n < 2)
                {
                    _sw = -1;
                    return true;
                }
                int sw = (_linkResponse[n - 2] << 8) | _linkResponse[n - 1];
                int dataLength = n - 2;
                if (_dataLength + dataLength > _data.Length) dataLength = _data.Length - _dataLength;
                System.Array.Copy(_linkResponse, 0, _data, _dataLength, dataLength);
                _dataLength += dataLength;
                _sw = IsKnownStatus(sw) ? sw : -1;
                _result.LastStatusWord = sw;

                int sw1 = sw >> 8;
                if (sw1 == 0x61 && getResponses < MaxGetResponses)
                {
                    getResponses++;
                    _command[0] = 0x00;
                    _command[1] = 0xC0;
                    _command[2] = 0x00;
                    _command[3] = 0x00;
                    _command[4] = (byte)(sw & 0xFF);
                    length = 5;
                    continue;
                }
                if (sw1 == 0x6C && !resent)
                {
                    resent = true;
                    _dataLength = 0;
                    if (length == 4) length = 5;
                    _command[length - 1] = (byte)(sw & 0xFF);
                    continue;
                }
                if (_sw < 0) _dataLength = 0;
                return true;
            }
        }

        /// <summary>
        /// Status words a card can mean (ISO 7816-4 SW1 61-6F, 90). Anything else in the last two bytes is data from a
        /// reply cut short, e.g. a GPO answer missing its status word.
        /// </summary>
        private static bool IsKnownStatus(int sw)
        {
            int sw1 = sw >> 8;
            return sw == 0x9000 || (sw1 >= 0x61 && sw1 <= 0x6F);
        }

        /// <summary>SELECT succeeded: 9000, 6281/6282 (data may be damaged: the TLV is checked anyway), 6285 (terminated, FCI given).</summary>
        private static bool IsSelectAccepted(int sw)
        {
            return sw == 0x9000 || sw == 0x6281 || sw == 0x6282 || sw == 0x6285;
        }

        private static bool IsDataAccepted(int sw)
        {
            return sw == 0x9000 || sw == 0x6281 || sw == 0x6282;
        }

        private static ReadReason ReasonOfRefusal(int sw)
        {
            if (sw < 0) return ReadReason.MalformedData;
            if (sw == 0x6A82 || sw == 0x6A83) return ReadReason.NoApplication;
            if (sw == 0x6D00 || sw == 0x6E00) return ReadReason.NotEmv;
            return ReadReason.CardRefused;
        }

        /// <summary>
        /// Keeps the most telling reason seen so far: a bad PAN beats a wallet refusal, which beats a card refusal,
        /// "not EMV", "no PAN", malformed data and finally "no application".
        /// </summary>
        private void Note(ReadReason reason)
        {
            if (Rank(reason) > Rank(_result.Reason)) _result.Reason = reason;
        }

        private static int Rank(ReadReason reason)
        {
            switch (reason)
            {
                case ReadReason.LuhnFail: return 8;
                case ReadReason.BadPanLength: return 8;
                case ReadReason.WalletNotAuthorised: return 7;
                case ReadReason.CardRefused: return 6;
                case ReadReason.NotEmv: return 5;
                case ReadReason.NoPan: return 4;
                case ReadReason.MalformedData: return 3;
                case ReadReason.NoApplication: return 2;
                default: return 0;
            }
        }
    }
}
