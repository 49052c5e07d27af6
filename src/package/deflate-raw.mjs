// Vendored from fflate 0.8.3 (esm/index.mjs, https://github.com/101arrowz/fflate): only its raw
// DEFLATE compressor, unchanged in what it writes, changed in what it allocates. fflate's
// deflateSync allocates about 170 KB of tables per call (match chains, symbol buffer, output) and
// zeroes them: for 20,000 small files that was 3.4 GB of allocation, a third of the time and most
// of the peak memory. Here one set of tables is kept per thread and cleared per call, so the output
// is byte for byte fflate's (__tests__/package/deflate-raw.test.ts compares them) and a folder keeps
// its CodeSha256.
//
// MIT License
//
// Copyright (c) 2026 Arjun Barrett
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.
/* eslint-disable */
var u8 = Uint8Array,
  u16 = Uint16Array,
  i32 = Int32Array
// fixed length extra bits
var fleb = new u8([
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  /* unused */ 0, 0, /* impossible */ 0
])
// fixed distance extra bits
var fdeb = new u8([
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  /* unused */ 0, 0
])
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15])
// get base, reverse index map from extra bits
var freb = function (eb, start) {
  var b = new u16(31)
  for (var i = 0; i < 31; ++i) {
    b[i] = start += 1 << eb[i - 1]
  }
  // numbers here are at max 18 bits
  var r = new i32(b[30])
  for (var i = 1; i < 30; ++i) {
    for (var j = b[i]; j < b[i + 1]; ++j) {
      r[j] = ((j - b[i]) << 5) | i
    }
  }
  return { b: b, r: r }
}
var _a = freb(fleb, 2),
  fl = _a.b,
  revfl = _a.r
// we can ignore the fact that the other numbers are wrong; they never happen anyway
;((fl[28] = 258), (revfl[258] = 28))
var _b = freb(fdeb, 0),
  fd = _b.b,
  revfd = _b.r
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768)
for (var i = 0; i < 32768; ++i) {
  // reverse table algorithm from SO
  var x = ((i & 0xaaaa) >> 1) | ((i & 0x5555) << 1)
  x = ((x & 0xcccc) >> 2) | ((x & 0x3333) << 2)
  x = ((x & 0xf0f0) >> 4) | ((x & 0x0f0f) << 4)
  rev[i] = (((x & 0xff00) >> 8) | ((x & 0x00ff) << 8)) >> 1
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = function (cd, mb, r) {
  var s = cd.length
  // index
  var i = 0
  // u16 "map": index -> # of codes with bit length = index
  var l = new u16(mb)
  // length of cd must be 288 (total # of codes)
  for (; i < s; ++i) {
    if (cd[i]) ++l[cd[i] - 1]
  }
  // u16 "map": index -> minimum code for bit length = index
  var le = new u16(mb)
  for (i = 1; i < mb; ++i) {
    le[i] = (le[i - 1] + l[i - 1]) << 1
  }
  var co
  if (r) {
    // u16 "map": index -> number of actual bits, symbol for code
    co = new u16(1 << mb)
    // bits to remove for reverser
    var rvb = 15 - mb
    for (i = 0; i < s; ++i) {
      // ignore 0 lengths
      if (cd[i]) {
        // num encoding both symbol and bits read
        var sv = (i << 4) | cd[i]
        // free bits
        var r_1 = mb - cd[i]
        // start value
        var v = le[cd[i] - 1]++ << r_1
        // m is end value
        for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
          // every 16 bit value starting with the code yields the same result
          co[rev[v] >> rvb] = sv
        }
      }
    }
  } else {
    co = new u16(s)
    for (i = 0; i < s; ++i) {
      if (cd[i]) {
        co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i])
      }
    }
  }
  return co
}
// fixed length tree
var flt = new u8(288)
for (var i = 0; i < 144; ++i) flt[i] = 8
for (var i = 144; i < 256; ++i) flt[i] = 9
for (var i = 256; i < 280; ++i) flt[i] = 7
for (var i = 280; i < 288; ++i) flt[i] = 8
// fixed distance tree
var fdt = new u8(32)
for (var i = 0; i < 32; ++i) fdt[i] = 5
// fixed length map
var flm = hMap(flt, 9, 0)
var fdm = hMap(fdt, 5, 0)
var shft = function (p) {
  return ((p + 7) / 8) | 0
}
// typed array slice - allows garbage collector to free original reference,
var wbits = function (d, p, v) {
  v <<= p & 7
  var o = (p / 8) | 0
  d[o] |= v
  d[o + 1] |= v >> 8
}
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
  v <<= p & 7
  var o = (p / 8) | 0
  d[o] |= v
  d[o + 1] |= v >> 8
  d[o + 2] |= v >> 16
}
// creates code lengths from a frequency table
var hTree = function (d, mb) {
  // Need extra info to make a tree
  var t = []
  for (var i = 0; i < d.length; ++i) {
    if (d[i]) t.push({ s: i, f: d[i] })
  }
  var s = t.length
  var t2 = t.slice()
  if (!s) return { t: et, l: 0 }
  if (s == 1) {
    var v = new u8(t[0].s + 1)
    v[t[0].s] = 1
    return { t: v, l: 1 }
  }
  t.sort(function (a, b) {
    return a.f - b.f
  })
  // after i2 reaches last ind, will be stopped
  // freq must be greater than largest possible number of symbols
  t.push({ s: -1, f: 25001 })
  var l = t[0],
    r = t[1],
    i0 = 0,
    i1 = 1,
    i2 = 2
  t[0] = { s: -1, f: l.f + r.f, l: l, r: r }
  // efficient algorithm from UZIP.js
  // i0 is lookbehind, i2 is lookahead - after processing two low-freq
  // symbols that combined have high freq, will start processing i2 (high-freq,
  // non-composite) symbols instead
  // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i2].f ? i0++ : i2++]
    r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++]
    t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r }
  }
  var maxSym = t2[0].s
  for (var i = 1; i < s; ++i) {
    if (t2[i].s > maxSym) maxSym = t2[i].s
  }
  // code lengths
  var tr = new u16(maxSym + 1)
  // max bits in tree
  var mbt = ln(t[i1 - 1], tr, 0)
  if (mbt > mb) {
    // more algorithms from UZIP.js
    // TODO: find out how this code works (debt)
    //  ind    debt
    var i = 0,
      dt = 0
    //    left            cost
    var lft = mbt - mb,
      cst = 1 << lft
    t2.sort(function (a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f
    })
    for (; i < s; ++i) {
      var i2_1 = t2[i].s
      if (tr[i2_1] > mb) {
        dt += cst - (1 << (mbt - tr[i2_1]))
        tr[i2_1] = mb
      } else break
    }
    dt >>= lft
    while (dt > 0) {
      var i2_2 = t2[i].s
      if (tr[i2_2] < mb) dt -= 1 << (mb - tr[i2_2]++ - 1)
      else ++i
    }
    for (; i >= 0 && dt; --i) {
      var i2_3 = t2[i].s
      if (tr[i2_3] == mb) {
        --tr[i2_3]
        ++dt
      }
    }
    mbt = mb
  }
  return { t: new u8(tr), l: mbt }
}
// get the max length and assign length codes
var ln = function (n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : (l[n.s] = d)
}
// length codes generation
var lc = function (c) {
  var s = c.length
  // Note that the semicolon was intentional
  while (s && !c[--s]);
  var cl = new u16(++s)
  //  ind      num         streak
  var cli = 0,
    cln = c[0],
    cls = 1
  var w = function (v) {
    cl[cli++] = v
  }
  for (var i = 1; i <= s; ++i) {
    if (c[i] == cln && i != s) ++cls
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138) w(32754)
        if (cls > 2) {
          w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305)
          cls = 0
        }
      } else if (cls > 3) {
        ;(w(cln), --cls)
        for (; cls > 6; cls -= 6) w(8304)
        if (cls > 2) (w(((cls - 3) << 5) | 8208), (cls = 0))
      }
      while (cls--) w(cln)
      cls = 1
      cln = c[i]
    }
  }
  return { c: cl.subarray(0, cli), n: s }
}
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
  var l = 0
  for (var i = 0; i < cl.length; ++i) l += cf[i] * cl[i]
  return l
}
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
  // no need to write 00 as type: TypedArray defaults to 0
  var s = dat.length
  var o = shft(pos + 2)
  out[o] = s & 255
  out[o + 1] = s >> 8
  out[o + 2] = out[o] ^ 255
  out[o + 3] = out[o + 1] ^ 255
  for (var i = 0; i < s; ++i) out[o + i + 4] = dat[i]
  return (o + 4 + s) * 8
}
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final)
  ++lf[256]
  var _a = hTree(lf, 15),
    dlt = _a.t,
    mlb = _a.l
  var _b = hTree(df, 15),
    ddt = _b.t,
    mdb = _b.l
  var _c = lc(dlt),
    lclt = _c.c,
    nlc = _c.n
  var _d = lc(ddt),
    lcdt = _d.c,
    ndc = _d.n
  var lcfreq = new u16(19)
  for (var i = 0; i < lclt.length; ++i) ++lcfreq[lclt[i] & 31]
  for (var i = 0; i < lcdt.length; ++i) ++lcfreq[lcdt[i] & 31]
  var _e = hTree(lcfreq, 7),
    lct = _e.t,
    mlcb = _e.l
  var nlcc = 19
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc);
  var flen = (bl + 5) << 3
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb
  var dtlen =
    clen(lf, dlt) +
    clen(df, ddt) +
    eb +
    14 +
    3 * nlcc +
    clen(lcfreq, lct) +
    2 * lcfreq[16] +
    3 * lcfreq[17] +
    7 * lcfreq[18]
  if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, dat.subarray(bs, bs + bl))
  var lm, ll, dm, dl
  ;(wbits(out, p, 1 + (dtlen < ftlen)), (p += 2))
  if (dtlen < ftlen) {
    ;((lm = hMap(dlt, mlb, 0)), (ll = dlt), (dm = hMap(ddt, mdb, 0)), (dl = ddt))
    var llm = hMap(lct, mlcb, 0)
    wbits(out, p, nlc - 257)
    wbits(out, p + 5, ndc - 1)
    wbits(out, p + 10, nlcc - 4)
    p += 14
    for (var i = 0; i < nlcc; ++i) wbits(out, p + 3 * i, lct[clim[i]])
    p += 3 * nlcc
    var lcts = [lclt, lcdt]
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it]
      for (var i = 0; i < clct.length; ++i) {
        var len = clct[i] & 31
        ;(wbits(out, p, llm[len]), (p += lct[len]))
        if (len > 15) (wbits(out, p, (clct[i] >> 5) & 127), (p += clct[i] >> 12))
      }
    }
  } else {
    ;((lm = flm), (ll = flt), (dm = fdm), (dl = fdt))
  }
  for (var i = 0; i < li; ++i) {
    var sym = syms[i]
    if (sym > 255) {
      var len = (sym >> 18) & 31
      ;(wbits16(out, p, lm[len + 257]), (p += ll[len + 257]))
      if (len > 7) (wbits(out, p, (sym >> 23) & 31), (p += fleb[len]))
      var dst = sym & 31
      ;(wbits16(out, p, dm[dst]), (p += dl[dst]))
      if (dst > 3) (wbits16(out, p, (sym >> 5) & 8191), (p += fdeb[dst]))
    } else {
      ;(wbits16(out, p, lm[sym]), (p += ll[sym]))
    }
  }
  wbits16(out, p, lm[256])
  return p + ll[256]
}
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([
  65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632
])
// empty
var et = /*#__PURE__*/ new u8(0)
// compresses data into a raw DEFLATE buffer
// The tables every call reuses (fflate allocates them per call), and an output buffer that grows.
var scratch = {
  out: new u8(0),
  prev: new u16(32768),
  head: [],
  syms: new i32(25000),
  lf: new u16(288),
  df: new u16(32)
}
var dflt = function (dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length
  var need = pre + s + 5 * (1 + Math.ceil(s / 7000)) + post
  if (scratch.out.length < need) scratch.out = new u8(Math.max(need, scratch.out.length * 2))
  // The block writers OR bits into the output: it must start zeroed, like a new array.
  var o = scratch.out.subarray(0, need).fill(0)
  // writing to this writes to the output buffer
  var w = o.subarray(pre, o.length - post)
  var lst = st.l
  var pos = (st.r || 0) & 7
  if (lvl) {
    if (pos) w[0] = st.r >> 3
    var opt = deo[lvl - 1]
    var n = opt >> 13,
      c = opt & 8191
    var msk_1 = (1 << plvl) - 1
    //    prev 2-byte val map    curr 2-byte val map
    // prev needs no clearing: a chain only reaches positions written earlier in this call.
    var prev = scratch.prev,
      head = (scratch.head[plvl] || (scratch.head[plvl] = new u16(msk_1 + 1))).fill(0)
    var bs1_1 = Math.ceil(plvl / 3),
      bs2_1 = 2 * bs1_1
    var hsh = function (i) {
      return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1
    }
    // 24576 is an arbitrary number of maximum symbols per block
    // 424 buffer for last block
    var syms = scratch.syms
    // length/literal freq   distance freq
    var lf = scratch.lf.fill(0),
      df = scratch.df.fill(0)
    //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
    var lc_1 = 0,
      eb = 0,
      i = st.i || 0,
      li = 0,
      wi = st.w || 0,
      bs = 0
    for (; i + 2 < s; ++i) {
      // hash value
      var hv = hsh(i)
      // index mod 32768    previous index mod
      var imod = i & 32767,
        pimod = head[hv]
      prev[imod] = pimod
      head[hv] = imod
      // We always should modify head and prev, but only add symbols if
      // this data is not yet processed ("wait" for wait index)
      if (wi <= i) {
        // bytes remaining
        var rem = s - i
        if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos)
          ;((li = lc_1 = eb = 0), (bs = i))
          for (var j = 0; j < 286; ++j) lf[j] = 0
          for (var j = 0; j < 30; ++j) df[j] = 0
        }
        //  len    dist   chain
        var l = 2,
          d = 0,
          ch_1 = c,
          dif = (imod - pimod) & 32767
        if (rem > 2 && hv == hsh(i - dif)) {
          var maxn = Math.min(n, rem) - 1
          var maxd = Math.min(32767, i)
          // max possible length
          // not capped at dif because decompressors implement "rolling" index population
          var ml = Math.min(258, rem)
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i + l] == dat[i + l - dif]) {
              var nl = 0
              for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl);
              if (nl > l) {
                ;((l = nl), (d = dif))
                // break out early when we reach "nice" (we are satisfied enough)
                if (nl > maxn) break
                // now, find the rarest 2-byte sequence within this
                // length of literals and search for that instead.
                // Much faster than just using the start
                var mmd = Math.min(dif, nl - 2)
                var md = 0
                for (var j = 0; j < mmd; ++j) {
                  var ti = (i - dif + j) & 32767
                  var pti = prev[ti]
                  var cd = (ti - pti) & 32767
                  if (cd > md) ((md = cd), (pimod = ti))
                }
              }
            }
            // check the previous match
            ;((imod = pimod), (pimod = prev[imod]))
            dif += (imod - pimod) & 32767
          }
        }
        // d will be nonzero only when a match was found
        if (d) {
          // store both dist and len data in one int32
          // Make sure this is recognized as a len/dist with 28th bit (2^28)
          syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d]
          var lin = revfl[l] & 31,
            din = revfd[d] & 31
          eb += fleb[lin] + fdeb[din]
          ++lf[257 + lin]
          ++df[din]
          wi = i + l
          ++lc_1
        } else {
          syms[li++] = dat[i]
          ++lf[dat[i]]
        }
      }
    }
    for (i = Math.max(i, wi); i < s; ++i) {
      syms[li++] = dat[i]
      ++lf[dat[i]]
    }
    pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos)
    if (!lst) {
      st.r = (pos & 7) | (w[(pos / 8) | 0] << 3)
      // shft(pos) now 1 less if pos & 7 != 0
      pos -= 7
      ;((st.h = head), (st.p = prev), (st.i = i), (st.w = wi))
    }
  } else {
    for (var i = st.w || 0; i < s + lst; i += 65535) {
      // end
      var e = i + 65535
      if (e >= s) {
        // write final block
        w[(pos / 8) | 0] = lst
        e = s
      }
      pos = wfblk(w, pos + 1, dat.subarray(i, e))
    }
    st.i = s
  }
  return o.subarray(0, pre + shft(pos) + post)
}
/**
 * Raw DEFLATE of `data` at `level` (1-9), the same bytes as fflate's deflateSync(data, { level }).
 * The result is a view of a buffer the next call overwrites: copy it before compressing again.
 */
export function deflateRawInto(data, level) {
  var mem = Math.ceil(Math.max(8, Math.min(13, Math.log(data.length))) * 1.5)
  return dflt(data, level, mem, 0, 0, { l: 1 })
}
// CRC32 table
