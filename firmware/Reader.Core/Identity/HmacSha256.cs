namespace Reader.Core.Identity
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104, FIPS 198-1) with the key pads prepared once, so computing an ID allocates nothing.
    /// Checked against RFC 4231 and against .NET's HMACSHA256.
    /// </summary>
    public sealed class HmacSha256
    {
        private readonly Sha256 _sha = new Sha256();
        private readonly byte[] _innerPad = new byte[Sha256.BlockSize];
        private readonly byte[] _outerPad = new byte[Sha256.BlockSize];
        private readonly byte[] _innerHash = new byte[Sha256.HashSize];

        public HmacSha256(byte[] key)
        {
            byte[] k = new byte[Sha256.BlockSize];
            if (key.Length > Sha256.BlockSize)
            {
                _sha.Update(key, 0, key.Length);
                _sha.Final(k, 0);
            }
            else
            {
                System.Array.Copy(key, k, key.Length);
            }
            for (int i = 0; i < Sha256.BlockSize; i++)
            {
                _innerPad[i] = (byte)(k[i] ^ 0x36);
                _outerPad[i] = (byte)(k[i] ^ 0x5C);
            }
            System.Array.Clear(k, 0, k.Length);
        }

        /// <summary>Writes the 32-byte MAC of the message at <paramref name="output"/>[<paramref name="outputOffset"/>].</summary>
        public void Compute(byte[] message, int offset, int count, byte[] output, int outputOffset)
        {
            _sha.Reset();
            _sha.Update(_innerPad, 0, _innerPad.Length);
            _sha.Update(message, offset, count);
            _sha.Final(_innerHash, 0);
            _sha.Update(_outerPad, 0, _outerPad.Length);
            _sha.Update(_innerHash, 0, _innerHash.Length);
            _sha.Final(output, outputOffset);
        }
    }
}
