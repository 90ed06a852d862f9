#pragma once

// The WHO 2006 indices, in the order of anthro_zscores' output.
enum class ChildIndex { LengthForAge, WeightForAge, WeightForLength, BmiForAge, HeadForAge, ArmForAge, TricepsForAge, SubscapularForAge };
constexpr int ChildIndexCount = 8;
