# Makes the Open-Unmix parity fixture of test_openunmix_parity with the reference code,
# open-unmix-pytorch (github.com/sigsep/open-unmix-pytorch, commit fb672c95, MIT), on
# Debian 12's python3-torch 1.13.1, CPU, float32, one thread:
#   python3 make_fixture.py /path/to/open-unmix-pytorch
# It writes
#   vocals-0a1b2c3d.pth, drums-….pth, bass-….pth, other-….pth: four small random target
#     networks (hidden 16, 2 LSTM layers, max_bin 300) saved as the published weights are,
#     state dicts by torch.save; drums in the legacy (pre-1.6, non-zip) format;
#   reference.safetensors: the input mix [2, 66150] (1.5 s at 44.1 kHz), the mixture's
#     magnitude spectrogram the networks see [2, 2049, 65], the vocals network's estimate
#     of it, and Separator's output [4, 2, 66150] with niter 0 (estimates with the mix's
#     phase) and niter 1 (one EM step of the multichannel Wiener filter), softmask off,
#     residual off (the reference's defaults for umxhq/umxl), wiener_win_len 40 (300 by
#     default: shorter here so that the 65 frames span two windows).
import json
import math
import struct
import sys
import types

import numpy as np
import torch

sys.modules["torchaudio"] = types.ModuleType("torchaudio")  # imported, not used on this path
sys.path.insert(0, sys.argv[1])
from openunmix.model import OpenUnmix, Separator  # noqa: E402

torch.set_num_threads(1)
torch.manual_seed(0)
targets = ["vocals", "drums", "bass", "other"]
models = {}
for i, target in enumerate(targets):
    m = OpenUnmix(nb_bins=2049, nb_channels=2, hidden_size=16, nb_layers=2, max_bin=300)
    g = torch.Generator().manual_seed(100 + i)
    with torch.no_grad():
        for name, p in m.named_parameters():
            if name.startswith("bn") and name.endswith("weight"):
                p.copy_(1 + 0.25 * torch.randn(p.shape, generator=g))
            elif name.startswith("bn") and name.endswith("bias"):
                p.copy_(0.1 * torch.randn(p.shape, generator=g))
            elif name == "input_mean":
                p.copy_(-0.5 * torch.rand(p.shape, generator=g))
            elif name == "input_scale":
                p.copy_(0.5 + torch.rand(p.shape, generator=g))
            elif name in ("output_scale", "output_mean"):
                p.copy_(0.5 + torch.rand(p.shape, generator=g))
            else:
                fan_in = p.shape[-1] if p.dim() > 1 else p.shape[0]
                p.copy_(torch.randn(p.shape, generator=g) * 1.25 / math.sqrt(fan_in))
        for name, b in m.named_buffers():
            if name.endswith("running_mean"):
                b.copy_(0.1 * torch.randn(b.shape, generator=g))
            elif name.endswith("running_var"):
                b.copy_(0.5 + torch.rand(b.shape, generator=g))
    m.eval()
    models[target] = m
    suffix = ["0a1b2c3d", "4e5f6a7b", "8c9d0e1f", "2a3b4c5d"][i]
    torch.save(m.state_dict(), f"{target}-{suffix}.pth", _use_new_zipfile_serialization=(target != "drums"))

sr = 44100
n = int(1.5 * sr)
t = torch.arange(n, dtype=torch.float64) / sr
g = torch.Generator().manual_seed(5)
left = 0.3 * torch.sin(2 * math.pi * 220 * t) + 0.1 * torch.sin(2 * math.pi * 1760 * t) + 0.05 * torch.randn(n, generator=g, dtype=torch.float64)
right = 0.2 * torch.sin(2 * math.pi * 330 * t + 0.4) + 0.1 * torch.sin(2 * math.pi * 55 * t) + 0.05 * torch.randn(n, generator=g, dtype=torch.float64)
# A click at the very start and one at the very end: the edges' framing matters.
left[0:30] += 0.8
right[-30:] -= 0.8
mix = torch.stack([left, right]).float()

out = {"input.mix": mix}
with torch.no_grad():
    for niter in (0, 1):
        sep = Separator(models, niter=niter, softmask=False, residual=False, wiener_win_len=40).eval()
        est = sep(mix[None])[0]
        out[f"separated.niter{niter}"] = est.contiguous()
    stft = sep.stft(mix[None])
    magnitude = sep.complexnorm(stft)[0]
    out["magnitude"] = magnitude.contiguous()
    for target in ["vocals"]:
        out[f"estimate.{target}"] = models[target](magnitude[None].clone())[0].contiguous()

header = {}
blobs = []
offset = 0
for name, tensor in out.items():
    data = tensor.numpy().astype("<f4").tobytes()
    header[name] = {"dtype": "F32", "shape": list(tensor.shape), "data_offsets": [offset, offset + len(data)]}
    blobs.append(data)
    offset += len(data)
header["__metadata__"] = {"made_by": "make_fixture.py", "open_unmix_commit": "fb672c9584997c2b05e148eeaa65b4c23ed4693b",
                          "torch": torch.__version__}
text = json.dumps(header).encode()
text += b" " * ((8 - len(text) % 8) % 8)
with open("reference.safetensors", "wb") as f:
    f.write(struct.pack("<Q", len(text)))
    f.write(text)
    for blob in blobs:
        f.write(blob)
print({k: list(v.shape) for k, v in out.items()})
print("niter0 vs niter1 max diff", (out["separated.niter0"] - out["separated.niter1"]).abs().max().item())
