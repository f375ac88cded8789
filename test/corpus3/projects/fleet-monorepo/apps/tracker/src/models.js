"use strict";
const mongoose = require("mongoose");

const positionSchema = new mongoose.Schema(
  {
    vehicleId: { type: String, index: true },
    loc: { type: { type: String, enum: ["Point"], default: "Point" }, coordinates: [Number] },
    speed: Number,
    heading: Number,
    recordedAt: { type: Date, index: true }
  },
  { timestamps: true }
);
positionSchema.index({ loc: "2dsphere" });

module.exports = { Position: mongoose.model("Position", positionSchema) };
